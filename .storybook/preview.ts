import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import { fakeBackendLoader } from './fake-backend.js';

type Manifest = typeof manifest;
type Member = { privacy?: string };

/**
 * The manifest lists private and protected members too (the analyzer keeps them, with `privacy`).
 * Only the public API belongs in the docs tables and controls.
 */
function publicOnly(m: Manifest): Manifest {
  return {
    ...m,
    modules: m.modules.map((mod) => ({
      ...mod,
      declarations: mod.declarations?.map((d) =>
        'members' in d && Array.isArray(d.members)
          ? { ...d, members: (d.members as Member[]).filter((x) => !x.privacy || x.privacy === 'public') }
          : d,
      ),
    })),
  } as Manifest;
}

setCustomElementsManifest(publicOnly(manifest));

const preview: Preview = {
  loaders: [fakeBackendLoader],
  parameters: {
    // Accessibility violations fail the story (the addon's default is 'todo', a warning).
    a11y: { test: 'error' },
    controls: { expanded: true, sort: 'requiredFirst' },
    docs: { codePanel: true },
  },
};

export default preview;
