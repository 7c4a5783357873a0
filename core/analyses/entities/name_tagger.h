// Finds names (PER, LOC, ORG, MISC) with a small learned sequence tagger:
// a structured averaged perceptron over hashed features (name_features.h),
// BIO tags, Viterbi decoding, and forward-backward for the probability of
// each name. The model is trained by train/ner/train_ner.cc and read from the
// entity asset (platform/assets.h).
#ifndef LESBAR_ANALYSES_ENTITIES_NAME_TAGGER_H_
#define LESBAR_ANALYSES_ENTITIES_NAME_TAGGER_H_

#include <string>
#include <string_view>
#include <vector>

#include "lesbar/lesbar.h"

namespace lesbar {

// Names in `text`, ordered and non-overlapping, each a whole run of tokens
// inside one sentence. `score` is the probability that the name is right
// (span and type): the decoder's probability of the span, calibrated on the
// dev slices so that about s of the names scored s are right. `cluster` is
// left at -1.
std::vector<Entity> TagNames(std::u16string_view text,
                             const std::vector<Token>& tokens,
                             const std::vector<Span>& sentences,
                             std::string_view language);

// True when the model in the entity asset parsed; TagNames finds nothing
// otherwise.
bool NameModelLoaded();

// Replaces the model (the trainer scores the model it just wrote with the
// real tagger); false with `error` set if `bytes` are not a model.
bool UseNameModel(std::string bytes, std::string* error);

}  // namespace lesbar

#endif  // LESBAR_ANALYSES_ENTITIES_NAME_TAGGER_H_
