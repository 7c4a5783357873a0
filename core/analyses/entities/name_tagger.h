// Finds names (PER, LOC, ORG, MISC) with a small learned sequence tagger:
// an averaged perceptron over hashed features (name_features.h), BIO tags,
// greedy left-to-right decoding. The model is trained by
// scripts/ner/train_ner.py and read from the entity asset
// (platform/assets.h).
#ifndef LESBAR_ANALYSES_ENTITIES_NAME_TAGGER_H_
#define LESBAR_ANALYSES_ENTITIES_NAME_TAGGER_H_

#include <string_view>
#include <vector>

#include "lesbar/lesbar.h"

namespace lesbar {

// Names in `text`, ordered and non-overlapping, each a whole run of tokens
// inside one sentence, with `score` the mean probability of its tags (a
// softmax over the perceptron scores). `cluster` is left at -1.
std::vector<Entity> TagNames(std::u16string_view text,
                             const std::vector<Token>& tokens,
                             const std::vector<Span>& sentences,
                             std::string_view language);

// True when the model in the entity asset parsed; TagNames finds nothing
// otherwise.
bool NameModelLoaded();

}  // namespace lesbar

#endif  // LESBAR_ANALYSES_ENTITIES_NAME_TAGGER_H_
