// The Dale-Chall list of words familiar to most fourth-graders (Chall and
// Dale 1995, 2,942 words, from npm dale-chall), for the Dale-Chall formula:
// a word not on the list is "difficult". English only.
#ifndef LESBAR_FEATURES_LEXICON_DALE_CHALL_H_
#define LESBAR_FEATURES_LEXICON_DALE_CHALL_H_

#include <string_view>

namespace lesbar {

// Exact membership of an already lower-cased word ("aren't", "mr.",
// "bow-wow" are on the list; inflections such as "puzzles" are not: the
// list has them where it wants them). ASCII apostrophes only.
bool IsDaleChallEasyWord(std::u16string_view lowercase_word);

// The number of distinct words on the list.
int DaleChallWordCount();

}  // namespace lesbar

#endif  // LESBAR_FEATURES_LEXICON_DALE_CHALL_H_
