// Small, documented corrections of the tagger's German BIO tags for cases
// its training data cannot teach: GermEval 2014 annotates "das russische
// Verteidigungsministerium" as no entity, and neither corpus nor gazetteer
// holds inflected compass regions ("im Nahen Osten"). Each rule is general
// (word classes and suffixes, no names) and tested in
// tests/core/analyses/entities/german_name_rules_test.cc.
#ifndef LESBAR_ANALYSES_ENTITIES_GERMAN_NAME_RULES_H_
#define LESBAR_ANALYSES_ENTITIES_GERMAN_NAME_RULES_H_

#include <string>
#include <string_view>
#include <vector>

#include "analyses/entities/name_features.h"

namespace lesbar {

// What the rules know of one word of the sentence.
struct RuleWord {
  std::u16string_view text;    // as written
  std::u32string_view lower;   // lower-cased
  char lexicon_class = 0;      // LexiconClass(): N, P, H, U or 0
  char place_mark = 0;         // 'B'/'I' inside a place-gazetteer match
  bool in_name_lists = false;  // first name, surname or proper name
};

// Rewrites `tags` (trainer order: O, B-/I- PER, LOC, ORG, MISC) of one
// German sentence in place; the result is again a valid BIO sequence.
// `probabilities` are the tagger's, per word, for the tags it chose; a word
// whose name type a rule sets gets 0.5 (no model probability).
void ApplyGermanNameRules(const std::vector<RuleWord>& words,
                          std::vector<int>* tags,
                          std::vector<float>* probabilities);

}  // namespace lesbar

#endif  // LESBAR_ANALYSES_ENTITIES_GERMAN_NAME_RULES_H_
