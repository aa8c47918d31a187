import { useEffect } from 'react';

// The tag is added once per page, however often React mounts the component.
let added = false;

/**
 * The site's analytics: rendered only inside `<ConsentGate category="analytics">`, so its tag
 * (a local stand-in for gtag.js) is not requested before the visitor agrees.
 */
export function Analytics() {
  useEffect(() => {
    if (added) return;
    added = true;
    const script = document.createElement('script');
    script.src = '/vendor/ga.js';
    script.dataset.name = 'react-spa';
    script.async = true;
    document.head.append(script);
  }, []);
  return <p data-testid="analytics-on">Analytics is on. Thank you!</p>;
}
