#!/usr/bin/env node
// `consentkit-server`: see `consentkit-server --help`. Runs the built dist/cli-entry.js.
import '../dist/cli-entry.js';
