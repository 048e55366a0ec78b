import type { Plugin } from 'vite';
export function minifyTemplates(src: string): string;
export function minifyTemplatesPlugin(): Plugin;
