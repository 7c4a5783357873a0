// The highlighted text view: sentences (shaded by difficulty) contain quote
// pieces, which contain entity mentions and reporting verbs. A span that
// crosses its container's edge is split into pieces that share its data-*
// index, so every element nests properly. The concatenated text of the view
// is exactly the analysed text (white-space: pre-wrap keeps the layout).
import { h } from './vnode.js';
import { difficultyOf, hasEntities, hasQuotes, speakerOf, validSpan } from './model.js';
import { localeFor } from './locale.js';
import { DIFFICULTY_MAX } from '../../js/difficulty-scale.js';

const GERMAN = localeFor('de');

/** Above this many code units only the beginning is highlighted (the DOM would get too big). */
export const DEFAULT_HIGHLIGHT_LIMIT = 300_000;

/**
 * Pieces of `spans` (sorted, non-overlapping) inside [from, to), in order, with
 * the text between them. Returns [{ start, end, index|null }]. `cursor` keeps
 * the scan linear over successive containers.
 */
export function partition(from, to, spans, cursor) {
  const pieces = [];
  let k = cursor.next;
  while (k < spans.length && spans[k].end <= from) k++;
  cursor.next = k;
  let position = from;
  for (let j = k; j < spans.length && spans[j].start < to; j++) {
    const start = Math.max(spans[j].start, position);
    const end = Math.min(spans[j].end, to);
    if (end <= start) continue;
    if (start > position) pieces.push({ start: position, end: start, index: null });
    pieces.push({ start, end, index: spans[j].index });
    position = end;
  }
  if (position < to) pieces.push({ start: position, end: to, index: null });
  return pieces;
}

/** Spans with their original index, valid, sorted, overlaps dropped. */
export function orderedSpans(list, textLength) {
  const spans = [];
  (list ?? []).forEach((span, index) => {
    if (validSpan(span, textLength)) spans.push({ start: span.start, end: span.end, index });
  });
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept = [];
  let end = -1;
  for (const span of spans) {
    if (span.start >= end) {
      kept.push(span);
      end = span.end;
    }
  }
  return kept;
}

function clusterMentionCounts(result) {
  const counts = new Map();
  for (const entity of result.entities ?? []) {
    if (entity.cluster >= 0) counts.set(entity.cluster, (counts.get(entity.cluster) ?? 0) + 1);
  }
  return counts;
}

/**
 * @returns {{ view: import('./vnode.js').VNode, truncated: boolean, shownLength: number }}
 */
export function highlightView(text, result, { limit = DEFAULT_HIGHLIGHT_LIMIT, locale = GERMAN } = {}) {
  const shownLength = Math.min(text.length, limit);
  const sentences = orderedSpans(result.sentences, text.length);
  const quotes = hasQuotes(result) ? orderedSpans(result.quotes, text.length) : [];
  const entities = hasEntities(result) ? orderedSpans(result.entities, text.length) : [];
  const cues = hasQuotes(result)
    ? orderedSpans(result.quotes.map((quote) => quote.cue), text.length) : [];
  // Entities and cues share the inner level; a cue overlapping a mention yields to it.
  const innerKinds = [
    ...entities.map((span) => ({ ...span, kind: 'entity' })),
    ...cues.map((span) => ({ ...span, kind: 'cue' })),
  ];
  const inner = orderedSpans(innerKinds, text.length);
  const clusterCounts = clusterMentionCounts(result);
  const seenEntity = new Set();
  const lastQuotePiece = new Map();

  const innerCursor = { next: 0 };
  const quoteCursor = { next: 0 };
  const sentenceCursor = { next: 0 };

  const renderInner = (from, to) => partition(from, to, inner, innerCursor).map((piece) => {
    const slice = text.slice(piece.start, piece.end);
    if (piece.index === null) return slice;
    const kind = innerKinds[piece.index];
    if (kind.kind === 'cue') return h('span', { class: 'cue', 'data-cue': kind.index, title: locale.t('cue') }, slice);
    const entity = result.entities[kind.index];
    const cluster = entity.cluster >= 0 ? result.clusters?.[entity.cluster] : undefined;
    const first = !seenEntity.has(kind.index);
    seenEntity.add(kind.index);
    const count = clusterCounts.get(entity.cluster) ?? 1;
    const title = `${locale.entityType(entity.type)}${cluster?.name ? ` · ${cluster.name}` : ''}` +
      (count > 1 ? ` · ${locale.t('mentions', locale.integer(count))}` : '');
    return h('mark', {
      class: `ent t-${entity.type}`,
      'data-entity': kind.index,
      'data-cluster': entity.cluster >= 0 ? entity.cluster : null,
      'data-type': entity.type,
      // Roving focus: the text is one Tab stop (the first mention); the
      // arrow keys move to the others (app-main.js). Only the first piece of
      // a split mention takes focus.
      tabindex: first ? (seenEntity.size === 1 ? 0 : -1) : null,
      title,
    }, slice);
  });

  const renderQuotes = (from, to) => partition(from, to, quotes, quoteCursor).flatMap((piece) => {
    if (piece.index === null) return renderInner(piece.start, piece.end);
    const node = h('span', { class: 'quote', 'data-quote': piece.index }, renderInner(piece.start, piece.end));
    lastQuotePiece.set(piece.index, node);
    return [node];
  });

  const children = partition(0, shownLength, sentences, sentenceCursor).flatMap((piece) => {
    if (piece.index === null) return renderQuotes(piece.start, piece.end);
    const sentence = result.sentences[piece.index];
    const difficulty = difficultyOf(sentence);
    const words = sentence.readability?.words;
    return [h('span', {
      class: difficulty ? `sentence d${difficulty}` : 'sentence',
      'data-sentence': piece.index,
      'data-difficulty': difficulty,
      title: difficulty
        ? locale.t('sentenceTitle', piece.index + 1, locale.level(sentence.readability.difficulty), difficulty,
          DIFFICULTY_MAX) + (Number.isInteger(words) ? `, ${locale.t('sentenceWords', locale.integer(words))}` : '')
        : null,
    }, renderQuotes(piece.start, piece.end))];
  });

  // The speaker is shown after the quote's last piece by CSS (attr()), so the
  // view's text stays the analysed text.
  for (const [index, node] of lastQuotePiece) {
    const speaker = speakerOf(result, result.quotes[index]);
    node.attributes['data-speaker'] = speaker ? `— ${speaker.name}` : null;
    node.attributes['data-speaker-cluster'] = speaker ? result.quotes[index].speaker : null;
    node.attributes.class = 'quote quote-end';
  }
  return {
    view: h('div', { class: 'textview', lang: result.language && result.language !== 'und' ? result.language : null },
      children),
    truncated: shownLength < text.length,
    shownLength,
  };
}
