import { buildFirstLayerTemplate } from './first-layer-template';
import type { FirstLayerTemplate } from './first-layer-template';

/**
 * The first layer's template. In `consentkit.min.js` this module is replaced at build time by the
 * template as a literal (`rollup.config.mjs`, plugin `consentkit-first-layer`), so the script tag
 * carries the markup, not Preact or the renderer; unit tests render it here from the components.
 */
export const FIRST_LAYER: FirstLayerTemplate = buildFirstLayerTemplate();
