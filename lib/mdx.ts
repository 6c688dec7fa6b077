/**
 * Turns contentlayer's compiled MDX (a function body expecting `_jsx_runtime`) into a
 * component. Runs at build time on the server only; next-contentlayer2's hook module is
 * not used because it imports client-only router code.
 */
import type { ComponentType } from 'react';
import * as jsxRuntime from 'react/jsx-runtime';

type MdxComponents = Record<string, ComponentType<never>>;
export type MdxComponent = ComponentType<{ components: MdxComponents }>;

const cache = new Map<string, MdxComponent>();

export function mdxComponentFrom(code: string): MdxComponent {
  let component = cache.get(code);
  if (!component) {
    // Evaluates our own build output (contentlayer's compiled MDX), never user input.
    const compiled = new Function('_jsx_runtime', code)(jsxRuntime) as { default: MdxComponent };
    component = compiled.default;
    cache.set(code, component);
  }
  return component;
}
