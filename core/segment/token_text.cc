#include "segment/token_text.h"

#include <algorithm>

namespace lesbar {

bool IsOneOf(std::u16string_view word,
             std::initializer_list<std::u16string_view> words) {
  return std::find(words.begin(), words.end(), word) != words.end();
}

}  // namespace lesbar
