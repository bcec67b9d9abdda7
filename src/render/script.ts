/**
 * The pages' only script, a progressive enhancement: everything is readable
 * without it. It links a claim to its speaker, cue and list entry while the
 * claim is hovered or focused, and moves between claims with j / k.
 */
export const SCRIPT = `(() => {
  'use strict';
  const claims = Array.from(document.querySelectorAll('.claim[id]'));
  let lit = [];
  const keyOf = (node) => {
    const owner = node instanceof Element ? node.closest('[data-claim]') : null;
    return owner ? owner.getAttribute('data-claim') : null;
  };
  const light = (key) => {
    for (const el of lit) el.classList.remove('lit');
    lit = key === null ? [] : Array.from(document.querySelectorAll('[data-claim="' + CSS.escape(key) + '"], [data-claims~="' + CSS.escape(key) + '"]'));
    for (const el of lit) el.classList.add('lit');
  };
  const follow = (event) => {
    const key = keyOf(event.target);
    if (key !== null) light(key);
  };
  document.addEventListener('focusin', follow);
  document.addEventListener('mouseover', follow);
  document.addEventListener('keydown', (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey || claims.length === 0) return;
    const target = event.target;
    if (target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
    if (event.key === 'Escape') return light(null);
    if (event.key !== 'j' && event.key !== 'k') return;
    event.preventDefault();
    const key = keyOf(document.activeElement);
    const here = claims.findIndex((el) => el.getAttribute('data-claim') === key);
    const step = event.key === 'j' ? 1 : -1;
    const next = here === -1 ? (step > 0 ? 0 : claims.length - 1) : Math.min(claims.length - 1, Math.max(0, here + step));
    const claim = claims[next];
    claim.focus({ preventScroll: true });
    claim.scrollIntoView({ block: 'center' });
    const item = document.querySelector('li[data-claim="' + CSS.escape(claim.getAttribute('data-claim')) + '"]');
    const list = item ? item.closest('aside') : null;
    if (item && list && list.scrollHeight > list.clientHeight) {
      list.scrollTop += item.getBoundingClientRect().top - list.getBoundingClientRect().top - list.clientHeight / 3;
    }
  });
})();`;
