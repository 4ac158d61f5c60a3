#!/usr/bin/env node
// The installed command: register tsx's loaders so that the TypeScript sources (and TypeScript
// networks) load as they are, with no build step, then hand over to the CLI. Both hooks, as
// `node --import tsx` installs them: the CommonJS one compiles a network in CommonJS scope (a
// folder with no ESM package.json) with its source map, so errors keep pointing at its lines.
import { register } from 'tsx/esm/api';
import { register as registerCommonJS } from 'tsx/cjs/api';

register();
registerCommonJS();
await import('../cli/main.ts');
