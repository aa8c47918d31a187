import { describe, expect, it, vi } from 'vitest';
import { fillOptOutLinks, hasEmptyOptOutLink, pageControlListener } from './page-controls';

describe('pageControlListener', () => {
  const setup = () => {
    const doc = document.implementation.createHTMLDocument('page');
    doc.body.innerHTML =
      '<button data-consentkit="preferences"><span>Settings</span></button><a href="#" data-consentkit="do-not-sell">Opt out</a><a href="#x">other</a>';
    const actions = { preferences: vi.fn(), doNotSell: vi.fn() };
    doc.addEventListener('click', pageControlListener(actions));
    const click = (selector: string) => {
      const event = new MouseEvent('click', { bubbles: true, cancelable: true });
      doc.querySelector(selector)!.dispatchEvent(event);
      return event.defaultPrevented;
    };
    return { doc, actions, click };
  };

  it('runs the action named by the closest [data-consentkit] and cancels the default', () => {
    const { doc, actions, click } = setup();
    expect(click('span')).toBe(true);
    expect(actions.preferences).toHaveBeenCalledOnce();
    expect(click('[data-consentkit="do-not-sell"]')).toBe(true);
    expect(actions.doNotSell).toHaveBeenCalledWith(doc.querySelector('[data-consentkit="do-not-sell"]'));
  });

  it('leaves other clicks alone', () => {
    const { actions, click } = setup();
    expect(click('a[href="#x"]')).toBe(false);
    expect(actions.preferences).not.toHaveBeenCalled();
    expect(actions.doNotSell).not.toHaveBeenCalled();
  });
});

describe('fillOptOutLinks / hasEmptyOptOutLink', () => {
  it('gives empty "Do Not Sell or Share" links the text, and keeps the ones the site wrote', () => {
    const doc = document.implementation.createHTMLDocument('page');
    doc.body.innerHTML = '<a data-consentkit="do-not-sell"> </a><a data-consentkit="do-not-sell">Mine</a><a data-consentkit="preferences"></a>';
    expect(hasEmptyOptOutLink(doc)).toBe(true);
    expect(fillOptOutLinks(doc, 'Do Not Sell')).toBe(1);
    expect([...doc.querySelectorAll('a')].map((a) => a.textContent)).toEqual(['Do Not Sell', 'Mine', '']);
    expect(hasEmptyOptOutLink(doc)).toBe(false);
  });

  it('fills a link given as the node itself (a node an SPA added)', () => {
    const link = document.createElement('a');
    link.setAttribute('data-consentkit', 'do-not-sell');
    expect(hasEmptyOptOutLink(link)).toBe(true);
    expect(fillOptOutLinks(link, 'Do Not Sell')).toBe(1);
    expect(hasEmptyOptOutLink(link)).toBe(false);
    expect(link.textContent).toBe('Do Not Sell');
  });
});
