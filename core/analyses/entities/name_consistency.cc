#include "analyses/entities/name_consistency.h"

#include <unordered_set>

namespace lesbar {
namespace {

bool IsSpace(char16_t c) { return c == u' ' || c == u'\u00A0'; }

std::u16string_view SurfaceOf(std::u16string_view text, const Entity& e) {
  if (e.start < 0 || e.end < e.start ||
      static_cast<size_t>(e.end) > text.size()) {
    return {};
  }
  return text.substr(e.start, e.end - e.start);
}

bool IsOneWord(std::u16string_view surface) {
  for (char16_t c : surface) {
    if (IsSpace(c)) return false;
  }
  return !surface.empty();
}

std::u16string_view LastWord(std::u16string_view surface) {
  size_t k = surface.size();
  while (k > 0 && !IsSpace(surface[k - 1])) --k;
  return surface.substr(k);
}

bool IsOtherName(EntityType type) {
  return type == EntityType::kLocation || type == EntityType::kOrganization ||
         type == EntityType::kMisc;
}

}  // namespace

void MakePersonNamesConsistent(std::u16string_view text,
                               std::vector<Entity>* entities) {
  std::unordered_set<std::u16string_view> person_words;
  for (const Entity& e : *entities) {
    if (e.type != EntityType::kPerson) continue;
    const std::u16string_view last = LastWord(SurfaceOf(text, e));
    if (!last.empty()) person_words.insert(last);
  }
  if (person_words.empty()) return;
  for (Entity& e : *entities) {
    if (!IsOtherName(e.type)) continue;
    const std::u16string_view surface = SurfaceOf(text, e);
    if (IsOneWord(surface) && person_words.count(surface)) {
      e.type = EntityType::kPerson;
    }
  }
}

}  // namespace lesbar
