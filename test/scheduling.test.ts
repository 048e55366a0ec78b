import { expect } from '@open-wc/testing';
import { afterNextFrame } from '../src/scheduling.js';

describe('afterNextFrame', () => {
  it('resolves in a task after the next frame callback, not in the callback itself', async () => {
    const order: string[] = [];
    const resolved = afterNextFrame().then(() => order.push('resolved'));
    requestAnimationFrame(() => {
      order.push('frame');
      // Anything still in this frame's callbacks' task comes before the resolution.
      queueMicrotask(() => order.push('same task'));
    });
    await resolved;
    expect(order).to.deep.equal(['frame', 'same task', 'resolved']);
  });

  it('resolves after a short timer when no frame comes (a hidden page draws none)', async () => {
    const realRequest = window.requestAnimationFrame;
    window.requestAnimationFrame = () => 0;
    try {
      const started = performance.now();
      await afterNextFrame();
      expect(performance.now() - started, 'the fallback timer, not a frame').to.be.at.least(40);
    } finally {
      window.requestAnimationFrame = realRequest;
    }
  });
});
