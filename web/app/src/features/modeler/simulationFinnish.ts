/**
 * Token simulation writes its words into the DOM without bpmn-js's translate service; this observer
 * passes each of its texts and tooltips through the same translate function, so the simulation log,
 * palette and notifications speak the user's language.
 */
type Translate = (text: string) => string;

const STARTED = /^(.*) started$/;

function translateText(text: string, translate: Translate): string {
  const trimmed = text.trim();
  if (!trimmed) return text;
  const started = STARTED.exec(trimmed);
  const translated = started
    ? `${translate(started[1] === 'Process' ? 'Process started' : started[1])}${started[1] === 'Process' ? '' : ' alkoi'}`
    : translate(trimmed);
  return translated === trimmed ? text : text.replace(trimmed, translated);
}

function translateTree(root: Node, translate: Translate): void {
  const inSimulation = (el: Element | null) => !!el?.closest('[class*="bts-"]');
  if (root instanceof Element) {
    for (const el of [root, ...root.querySelectorAll('[title]')]) {
      const title = el.getAttribute('title');
      if (title && inSimulation(el)) {
        const next = translateText(title, translate);
        if (next !== title) el.setAttribute('title', next);
      }
    }
  }
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.currentNode; node; node = walker.nextNode()!) {
    if (node.nodeType !== Node.TEXT_NODE || !inSimulation(node.parentElement)) continue;
    const next = translateText(node.nodeValue ?? '', translate);
    if (next !== node.nodeValue) node.nodeValue = next;
  }
}

/** Keeps token simulation's texts in `container` translated; returns the stop function. */
export function translateSimulation(container: HTMLElement, translate: Translate): () => void {
  translateTree(container, translate);
  const observer = new MutationObserver((mutations) => {
    for (const m of mutations) {
      if (m.type === 'characterData') translateTree(m.target, translate);
      else if (m.type === 'attributes') translateTree(m.target, translate);
      else m.addedNodes.forEach((n) => translateTree(n, translate));
    }
  });
  observer.observe(container, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['title'] });
  return () => observer.disconnect();
}
