// Entity linking by keys. Every name word becomes
//   - a folding key: ASCII letters (diacritics dropped, Cyrillic romanised)
//     rewritten so German and English romanisations meet: "sch"/"sh",
//     "tsch"/"ch", "kh"/"ch", "zh"/"sh", "w"/"v", "j"/"y"/"i", "z"/"s",
//     "ts"/"tz"/"s", "c"/"k", "q"/"k", "ph"/"f", umlaut spellings "ae"/"a",
//     doubled letters single. "Schoigu", "Shoigu", "Shoygu" -> "shoigu";
//     "Selenskyj", "Zelensky", "Zelenskyy" -> "selenski".
//   - a Kölner Phonetik code of the folded word. Two different folding keys
//     with the same code join only when one is the other with vowels
//     inserted ("Tehran" -> "Teheran"), never when a vowel changes
//     ("Schulz" / "Scholz", "Iran" / "Irak" differ anyway).
// Keys live in hash maps; each key compares with at most a fixed number of
// others, so linking is linear in the total length of the mentions.
#include "analyses/entities/entity_linker.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf16.h>

#include <algorithm>
#include <numeric>
#include <string>
#include <unordered_map>
#include <vector>

#include "analyses/entities/company_names.h"
#include "analyses/entities/entity_spans.h"

namespace lesbar {
namespace {

// Scratch for building the short key strings below: std::string's members
// are not inlined in the wasm build (libc++ instantiates them once), so a
// push_back per character cost a call each; a std::vector<char>'s are
// inlined. One buffer per function and thread, reused.
class KeyBuffer {
 public:
  void clear() { chars_.clear(); }
  KeyBuffer& operator+=(char c) {
    chars_.push_back(c);
    return *this;
  }
  KeyBuffer& operator+=(const char* s) {
    while (*s != '\0') chars_.push_back(*s++);
    return *this;
  }
  void push_back(char c) { chars_.push_back(c); }
  bool empty() const { return chars_.empty(); }
  size_t size() const { return chars_.size(); }
  char back() const { return chars_.back(); }
  char operator[](size_t i) const { return chars_[i]; }
  std::vector<char>::const_iterator begin() const { return chars_.begin(); }
  std::vector<char>::const_iterator end() const { return chars_.end(); }
  std::string str() const { return std::string(chars_.data(), chars_.size()); }

 private:
  std::vector<char> chars_;
};

// Comparisons per key bucket; beyond this a new key stays on its own.
constexpr size_t kMaxBucketCompares = 16;
// Clusters of one surname a full name is compared with (newest first).
constexpr size_t kMaxClustersPerSurname = 8;

bool IsValueType(EntityType type) {
  return static_cast<int32_t>(type) >= static_cast<int32_t>(EntityType::kDate);
}

// Romanisation of Russian and Ukrainian Cyrillic as English news writes it;
// the folding key then meets the German spelling ("Шойгу" -> "shoigu").
const char* CyrillicToLatin(UChar32 c) {
  static const char* const kLower[] = {
      "a",  "b",  "v",  "g",    "d", "e", "zh", "z", "i",  "i", "k",
      "l",  "m",  "n",  "o",    "p", "r", "s",  "t", "u",  "f", "kh",
      "ts", "ch", "sh", "shch", "",  "y", "",   "e", "yu", "ya"};
  if (c >= 0x410 && c <= 0x42F) return kLower[c - 0x410];
  if (c >= 0x430 && c <= 0x44F) return kLower[c - 0x430];
  switch (c) {
    case 0x401:
    case 0x451:
      return "e";  // ё
    case 0x404:
    case 0x454:
      return "ye";  // є
    case 0x406:
    case 0x456:
      return "i";  // і
    case 0x407:
    case 0x457:
      return "yi";  // ї
    case 0x490:
    case 0x491:
      return "g";  // ґ
  }
  return nullptr;
}

// Lower-case ASCII letters of `word`: diacritics dropped (NFD, marks
// removed), a few letters spelled out, Cyrillic romanised, everything else
// (hyphens, apostrophes, digits kept) as is when ASCII, dropped otherwise.
std::string AsciiFold(std::u16string_view word) {
  if (std::all_of(word.begin(), word.end(),
                  [](char16_t c) { return c < 0x80; })) {
    thread_local KeyBuffer out;
    out.clear();
    for (char16_t c : word) {
      if (c >= 'A' && c <= 'Z') c += 32;
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        out.push_back(static_cast<char>(c));
      }
    }
    return out.str();
  }
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  icu::UnicodeString decomposed;
  const icu::UnicodeString input(false, word.data(),
                                 static_cast<int32_t>(word.size()));
  if (U_SUCCESS(status)) {
    nfd->normalize(input, decomposed, status);
  }
  if (U_FAILURE(status)) decomposed = input;
  thread_local KeyBuffer out;
  out.clear();
  for (int32_t i = 0; i < decomposed.length();) {
    const UChar32 raw = decomposed.char32At(i);
    i += U16_LENGTH(raw);
    if (u_getCombiningClass(raw) > 0 || u_charType(raw) == U_NON_SPACING_MARK) {
      continue;
    }
    const UChar32 c = u_tolower(raw);
    if (c < 0x80) {
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        out.push_back(static_cast<char>(c));
      }
      continue;
    }
    if (const char* latin = CyrillicToLatin(c)) {
      out += latin;
      continue;
    }
    switch (c) {
      case 0xDF:  // ß
        out += "ss";
        break;
      case 0xE6:  // æ
        out += "ae";
        break;
      case 0xF8:  // ø
        out += "o";
        break;
      case 0x153:  // œ
        out += "oe";
        break;
      case 0xFE:  // þ
        out += "th";
        break;
      case 0xF0:   // ð
      case 0x111:  // đ
        out += "d";
        break;
      case 0x142:  // ł
        out += "l";
        break;
      case 0x131:  // ı
        out += "i";
        break;
      default:
        break;  // other scripts: no key letters
    }
  }
  return out.str();
}

bool IsVowel(char c) {
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

// The folding key of an ASCII-folded word (see the file comment).
std::string FoldingKey(const std::string& ascii) {
  thread_local KeyBuffer out;
  out.clear();
  auto at = [&](size_t i) -> char { return i < ascii.size() ? ascii[i] : 0; };
  for (size_t i = 0; i < ascii.size();) {
    const char c = ascii[i];
    const char n1 = at(i + 1), n2 = at(i + 2), n3 = at(i + 3);
    // Rewrites by their first letter, longest first.
    switch (c) {
      case 't':
        if (n1 == 's' && n2 == 'c' && n3 == 'h') {  // tsch -> ch
          out += "ch";
          i += 4;
          continue;
        }
        if (n1 == 'h') {  // th -> t
          out += 't';
          i += 2;
          continue;
        }
        if (n1 == 'z' || n1 == 's') {  // tz, ts -> s
          out += 's';
          i += 2;
          continue;
        }
        break;
      case 'd':
        if (n1 == 's' && n2 == 'c' && n3 == 'h') {  // dsch -> j (as i)
          out += 'i';
          i += 4;
          continue;
        }
        break;
      case 's':
        if (n1 == 'c' && n2 == 'h') {  // sch -> sh
          out += "sh";
          i += 3;
          continue;
        }
        break;
      case 'z':
        out += n1 == 'h' ? "sh" : "s";  // zh -> sh, z -> s
        i += n1 == 'h' ? 2 : 1;
        continue;
      case 'k':
        if (n1 == 'h') {  // kh -> ch
          out += "ch";
          i += 2;
          continue;
        }
        break;
      case 'p':
        if (n1 == 'h') {  // ph -> f
          out += 'f';
          i += 2;
          continue;
        }
        break;
      case 'c':
        if (n1 == 'k') {  // ck -> k
          out += 'k';
          i += 2;
          continue;
        }
        if (n1 != 'h') {  // "c" sounds "k" ("Cairo"/"Kairo")
          out += 'k';
          ++i;
          continue;
        }
        break;
      case 'a':
      case 'o':
      case 'u':
        if (n1 == 'e') {  // German umlaut spellings: ae -> a
          out += c;
          i += 2;
          continue;
        }
        break;
      case 'w':
        out += 'v';
        ++i;
        continue;
      case 'j':
      case 'y':
        out += 'i';
        ++i;
        continue;
      case 'q':
        out += 'k';
        ++i;
        continue;
      case 'x':
        out += "ks";
        ++i;
        continue;
      default:
        break;
    }
    out += c;
    ++i;
  }
  // Doubled letters single: "Abdollahian"/"Abdolahian", "Zelenskyy".
  thread_local KeyBuffer single;
  single.clear();
  for (char c : out) {
    if (single.empty() || single.back() != c) single.push_back(c);
  }
  return single.str();
}

// Kölner Phonetik (Postel 1969) of an ASCII-folded word.
std::string KoelnerPhonetik(const std::string& s) {
  thread_local KeyBuffer digits;
  digits.clear();
  auto at = [&](size_t i) -> char { return i < s.size() ? s[i] : '\0'; };
  auto in = [](char c, const char* set) {
    return c != '\0' && std::char_traits<char>::find(
                            set, std::char_traits<char>::length(set), c);
  };
  for (size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    const char prev = i > 0 ? s[i - 1] : '\0';
    const char next = at(i + 1);
    const char* code = "";
    if (in(c, "aeijouy")) {
      code = "0";
    } else if (c == 'h' || (c >= '0' && c <= '9')) {
      code = "";
    } else if (c == 'b') {
      code = "1";
    } else if (c == 'p') {
      code = next == 'h' ? "3" : "1";
    } else if (c == 'd' || c == 't') {
      code = in(next, "csz") ? "8" : "2";
    } else if (in(c, "fvw")) {
      code = "3";
    } else if (in(c, "gkq")) {
      code = "4";
    } else if (c == 'c') {
      if (i == 0) {
        code = in(next, "ahkloqrux") ? "4" : "8";
      } else {
        code = in(next, "ahkoqux") && !in(prev, "sz") ? "4" : "8";
      }
    } else if (c == 'x') {
      code = in(prev, "ckq") ? "8" : "48";
    } else if (c == 'l') {
      code = "5";
    } else if (c == 'm' || c == 'n') {
      code = "6";
    } else if (c == 'r') {
      code = "7";
    } else if (c == 's' || c == 'z') {
      code = "8";
    }
    digits += code;
  }
  thread_local KeyBuffer out;
  out.clear();
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && digits[i] == digits[i - 1]) continue;
    if (digits[i] == '0' && !out.empty()) continue;
    out.push_back(digits[i]);
  }
  return out.str();
}

// Whether one key is the other with one vowel inserted inside the word
// ("tehran" / "teheran"). Short keys and vowels at either end are too weak a
// signal: "sone" / "saone", "gregor" / "gregori", "se" / "s".
constexpr size_t kMinVariantLength = 5;
bool DiffersByOneInnerVowel(const std::string& a, const std::string& b) {
  const std::string& shorter = a.size() <= b.size() ? a : b;
  const std::string& longer = a.size() <= b.size() ? b : a;
  if (longer.size() != shorter.size() + 1 ||
      shorter.size() < kMinVariantLength) {
    return false;
  }
  size_t k = 0;
  while (k < shorter.size() && shorter[k] == longer[k]) ++k;
  return k > 0 && k + 1 < longer.size() && IsVowel(longer[k]) &&
         longer.compare(k + 1, std::string::npos, shorter, k) == 0;
}

// Union-find over key ids.
class KeyUnion {
 public:
  int Add() {
    parent_.push_back(static_cast<int>(parent_.size()));
    return parent_.back();
  }
  int Find(int x) {
    while (parent_[x] != x) {
      parent_[x] = parent_[parent_[x]];
      x = parent_[x];
    }
    return x;
  }
  void Join(int a, int b) {
    a = Find(a);
    b = Find(b);
    if (a != b) parent_[std::max(a, b)] = std::min(a, b);
  }

 private:
  std::vector<int> parent_;
};

// Distinct folding keys of one kind (surnames, place names, ...), joined
// when they are spelling variants of each other.
class VariantKeys {
 public:
  int Id(const std::string& key) {
    auto [it, inserted] = ids_.emplace(key, 0);
    if (!inserted) return it->second;
    it->second = union_.Add();
    // Spelling variants: the same Kölner code, a vowel inserted.
    auto& bucket = by_code_[KoelnerPhonetik(key)];
    for (const auto& [other_key, other_id] : bucket) {
      if (DiffersByOneInnerVowel(key, other_key)) {
        union_.Join(it->second, other_id);
      }
    }
    if (bucket.size() < kMaxBucketCompares)
      bucket.emplace_back(key, it->second);
    return it->second;
  }
  // Joins keys whose plain letters agree: "UEFA" / "Uefa", "MDAX" / "MDax"
  // (acronym keys are not rewritten, the mixed-case forms are).
  void JoinPlain(const std::string& plain, int id) {
    auto [it, inserted] = by_plain_.emplace(plain, id);
    if (!inserted) union_.Join(it->second, id);
  }
  int Canonical(int id) { return union_.Find(id); }
  void Join(int a, int b) { union_.Join(a, b); }

 private:
  std::unordered_map<std::string, int> ids_;
  std::unordered_map<std::string, int> by_plain_;
  std::unordered_map<std::string, std::vector<std::pair<std::string, int>>>
      by_code_;
  KeyUnion union_;
};

bool IsBlank(char16_t c) {
  return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == 0xA0 ||
         c == 0x202F || c == 0x2009 || c == 0x2028 || c == 0x2029;
}

// Titles a tagger may include in a person's span; not part of the name.
bool IsTitle(const std::string& ascii) {
  static const char* const kTitles[] = {"dr",  "prof", "herr", "frau", "mr",
                                        "mrs", "ms",   "sir",  "dame", "st"};
  for (const char* t : kTitles) {
    if (ascii == t) return true;
  }
  return false;
}

constexpr size_t kMaxAcronymLength = 5;
bool IsAcronym(std::u16string_view word) {
  int letters = 0;
  for (size_t i = 0; i < word.size(); ++i) {
    const char16_t c = word[i];
    if (U16_IS_SURROGATE(c)) return false;
    if (u_isalpha(c)) {
      if (!u_isupper(c)) return false;
      ++letters;
    }
  }
  return letters >= 2 && static_cast<size_t>(letters) <= kMaxAcronymLength;
}

struct Word {
  std::u16string_view surface;  // without a possessive ending
  std::string ascii;            // AsciiFold(surface)
  std::string key;              // FoldingKey(ascii), hyphens dropped
  bool possessive = false;      // "Putin's": the base form is certain
};

// The words of a mention, titles and possessive endings removed.
std::vector<Word> WordsOf(std::u16string_view mention) {
  std::vector<Word> words;
  size_t i = 0;
  while (i < mention.size()) {
    while (i < mention.size() && IsBlank(mention[i])) ++i;
    size_t end = i;
    while (end < mention.size() && !IsBlank(mention[end])) ++end;
    if (end == i) break;
    Word w;
    w.surface = mention.substr(i, end - i);
    i = end;
    // English possessives: "Putin's", "Putin’s", "Boris'".
    for (std::u16string_view ending : {u"'s", u"\u2019s", u"'", u"\u2019"}) {
      if (w.surface.size() > ending.size() &&
          w.surface.substr(w.surface.size() - ending.size()) == ending) {
        w.surface.remove_suffix(ending.size());
        w.possessive = true;
        break;
      }
    }
    w.ascii = AsciiFold(w.surface);
    if (w.ascii.empty()) continue;  // punctuation, other scripts
    // Short all-capital words are acronyms, spelled letter by letter:
    // "NSZ" is not "NZZ".
    w.key = IsAcronym(w.surface) ? w.ascii : FoldingKey(w.ascii);
    if (words.empty() && IsTitle(w.ascii) && end < mention.size()) continue;
    words.push_back(std::move(w));
  }
  return words;
}

// German genitive and possessive "-s": "Russlands", "Putins".
std::string WithoutGenitive(const std::string& key) {
  if (key.size() > 3 && key.back() == 's') {
    return key.substr(0, key.size() - 1);
  }
  return std::string();
}

// The "-n" of a declined German adjective used as a name: "Linken".
std::string WithoutDeclension(const std::string& key) {
  if (key.size() > 4 && key.back() == 'n') {
    return key.substr(0, key.size() - 1);
  }
  return std::string();
}

bool IsLeadingArticle(const std::string& ascii) {
  for (const char* article :
       {"der", "die", "das", "the", "Der", "Die", "Das", "The"}) {
    if (ascii == article) return true;
  }
  return false;
}

// German adjective endings of non-final words of a multi-word name:
// "Nahen Osten" / "Naher Osten", "Vereinigten Staaten" / "Vereinigte".
std::string AdjectiveStem(const std::string& key) {
  for (const char* ending : {"en", "er", "es", "em", "e"}) {
    const size_t n = std::char_traits<char>::length(ending);
    if (key.size() > n + 2 && key.compare(key.size() - n, n, ending) == 0) {
      return key.substr(0, key.size() - n);
    }
  }
  return key;
}

struct Mention {
  std::vector<Word> words;
  std::string name_key;    // non-persons: the whole name; persons: surname
  std::string plain_key;   // the same from plain ASCII letters
  std::string part_key;    // persons: the last part of a hyphenated surname
  std::string short_key;   // a company's first word, for its name alone
  bool inflected = false;  // the key dropped a genitive "-s"
};

std::u16string CollapseBlanks(std::u16string_view s) {
  std::u16string out;
  for (char16_t c : s) {
    if (IsBlank(c)) {
      if (!out.empty() && out.back() != u' ') out.push_back(u' ');
    } else {
      out.push_back(c);
    }
  }
  while (!out.empty() && out.back() == u' ') out.pop_back();
  return out;
}

// The display name of a mention: its words without titles and possessive
// endings.
std::u16string DisplayName(const Mention& m, std::u16string_view fallback) {
  if (m.words.empty()) return CollapseBlanks(fallback);
  const char16_t* first = m.words.front().surface.data();
  const Word& last = m.words.back();
  return CollapseBlanks(std::u16string_view(
      first,
      static_cast<size_t>(last.surface.data() + last.surface.size() - first)));
}

// Whether two given-name lists can belong to one person: the shorter one's
// names all appear in the longer one ("Reza Ashtiani" / "Mohammad Reza
// Ashtiani"); an initial matches a name with that letter ("J. Biden").
bool GivenNamesCompatible(const std::vector<const Word*>& a,
                          const std::vector<const Word*>& b) {
  const auto& shorter = a.size() <= b.size() ? a : b;
  const auto& longer = a.size() <= b.size() ? b : a;
  for (const Word* s : shorter) {
    bool found = false;
    for (const Word* l : longer) {
      const bool initial =
          (s->ascii.size() == 1 && l->ascii[0] == s->ascii[0]) ||
          (l->ascii.size() == 1 && s->ascii[0] == l->ascii[0]);
      if (s->key == l->key || initial) {
        found = true;
        break;
      }
    }
    if (!found) return false;
  }
  return true;
}

}  // namespace

void LinkEntities(std::u16string_view text, std::string_view language,
                  std::vector<Entity>* entities,
                  std::vector<EntityCluster>* clusters,
                  const std::vector<MentionLink>& links) {
  (void)language;  // the keys serve German and English alike
  clusters->clear();
  const int n = static_cast<int>(entities->size());
  std::vector<Mention> mentions(n);
  auto surface_of = [text](const Entity& e) { return EntitySurface(text, e); };

  // Keys per type; a genitive form uses its base form when that is
  // mentioned too ("Russlands" -> "Russland"). For persons, a full name's
  // surname drops its "-s" only for another full name's surname: "Friedrich
  // Peters" is not the "Peter" mentioned alone.
  constexpr int kNumTypes = 9;
  constexpr int kAlone = 1;     // a one-word mention has this key
  constexpr int kFullName = 2;  // a full name has this surname
  std::vector<std::unordered_map<std::string, int>> exact_keys(kNumTypes);
  for (int i = 0; i < n; ++i) {
    const Entity& e = (*entities)[i];
    const int type = static_cast<int>(e.type);
    if (type < 0 || type >= kNumTypes) continue;
    Mention& m = mentions[i];
    if (IsValueType(e.type)) {
      const std::u16string folded = CollapseBlanks(surface_of(e));
      icu::UnicodeString s(false, folded.data(),
                           static_cast<int32_t>(folded.size()));
      s.foldCase();
      s.toUTF8String(m.name_key);
      continue;
    }
    m.words = WordsOf(surface_of(e));
    if (m.words.empty()) {
      icu::UnicodeString s(false, surface_of(e).data(),
                           static_cast<int32_t>(surface_of(e).size()));
      s.toUTF8String(m.name_key);
      m.name_key.insert(0, "\x01");  // never equal to a folded key
      continue;
    }
    for (size_t w = e.type == EntityType::kPerson ? m.words.size() - 1 : 0;
         w < m.words.size(); ++w) {
      m.plain_key += m.words[w].ascii;
    }
    if (e.type == EntityType::kPerson) {
      m.name_key = m.words.back().key;
      // "Amir-Abdollahian" is also found as "Abdollahian".
      const std::u16string_view last = m.words.back().surface;
      const size_t hyphen = last.find_last_of(u"-\u2010\u2011");
      if (m.words.size() > 1 && hyphen != std::u16string_view::npos &&
          hyphen + 1 < last.size()) {
        m.part_key = FoldingKey(AsciiFold(last.substr(hyphen + 1)));
      }
    } else {
      // "Der Spiegel" is the "Spiegel" of the same text.
      const size_t first =
          m.words.size() > 1 && IsLeadingArticle(m.words.front().ascii) ? 1 : 0;
      // "Siemens Energy AG" is the "Siemens Energy" of the same text.
      const size_t end = m.words.size() - first > 1 &&
                                 e.type == EntityType::kOrganization &&
                                 IsCompanyLegalForm(m.words.back().surface)
                             ? m.words.size() - 1
                             : m.words.size();
      for (size_t w = first; w + 1 < end; ++w) {
        m.name_key += AdjectiveStem(m.words[w].key);
        m.name_key += ' ';
      }
      m.name_key += m.words[end - 1].key;
      // "Meta Platforms Inc." is also found as "Meta".
      if (e.type == EntityType::kOrganization && end - first > 1 &&
          EndsCompanyName(m.words.back().surface)) {
        m.short_key = m.words[first].key;
      }
    }
    const bool full_name = e.type == EntityType::kPerson && m.words.size() > 1;
    exact_keys[type][m.name_key] |= full_name ? kFullName : kAlone;
  }
  for (int i = 0; i < n; ++i) {
    const Entity& e = (*entities)[i];
    const int type = static_cast<int>(e.type);
    Mention& m = mentions[i];
    if (type < 0 || type >= kNumTypes || IsValueType(e.type) ||
        m.words.empty()) {
      continue;
    }
    if (m.words.back().possessive) continue;  // "Putin's": already the base
    std::string base = WithoutGenitive(m.name_key);
    auto found =
        base.empty() ? exact_keys[type].end() : exact_keys[type].find(base);
    if (found == exact_keys[type].end() &&
        e.type == EntityType::kOrganization) {
      // A party named by an adjective, declined: "der Linken", "Linke".
      base = WithoutDeclension(m.name_key);
      if (!base.empty()) found = exact_keys[type].find(base);
    }
    const int wanted = e.type == EntityType::kPerson && m.words.size() > 1
                           ? kFullName
                           : kAlone | kFullName;
    if (found != exact_keys[type].end() && (found->second & wanted)) {
      m.name_key = base;
      m.inflected = true;
    }
  }

  // Group ids: one per cluster, assigned below.
  std::vector<int> group(n, -1);
  int num_groups = 0;

  // Values and non-persons: one group per variant-joined key and type.
  std::vector<VariantKeys> variants(kNumTypes);
  std::unordered_map<std::string, int> value_groups;
  std::vector<std::unordered_map<int, int>> name_groups(kNumTypes);
  for (int i = 0; i < n; ++i) {
    const Entity& e = (*entities)[i];
    const int type = static_cast<int>(e.type);
    if (type < 0 || type >= kNumTypes) {
      group[i] = num_groups++;
      continue;
    }
    if (IsValueType(e.type)) {
      const std::string key = std::to_string(type) + ":" + mentions[i].name_key;
      auto [it, inserted] = value_groups.emplace(key, num_groups);
      if (inserted) ++num_groups;
      group[i] = it->second;
      continue;
    }
    // All keys first, so that the joins are complete before any lookup.
    if (!mentions[i].part_key.empty()) variants[type].Id(mentions[i].part_key);
    const int id = variants[type].Id(mentions[i].name_key);
    if (!mentions[i].inflected && !mentions[i].plain_key.empty()) {
      variants[type].JoinPlain(mentions[i].plain_key, id);
    }
  }
  // A company's first word alone is the company, unless two companies of
  // the text start with it.
  const int organisations = static_cast<int>(EntityType::kOrganization);
  VariantKeys& company_keys = variants[organisations];
  std::unordered_map<std::string, int> company_by_first_word;  // -1: two
  for (int i = 0; i < n; ++i) {
    if (mentions[i].short_key.empty()) continue;
    const int id =
        company_keys.Canonical(company_keys.Id(mentions[i].name_key));
    auto [it, inserted] =
        company_by_first_word.emplace(mentions[i].short_key, id);
    if (!inserted && it->second >= 0 &&
        company_keys.Canonical(it->second) != id) {
      it->second = -1;
    }
  }
  for (int i = 0; i < n && !company_by_first_word.empty(); ++i) {
    if ((*entities)[i].type != EntityType::kOrganization ||
        mentions[i].words.size() != 1) {
      continue;
    }
    const auto it = company_by_first_word.find(mentions[i].name_key);
    if (it != company_by_first_word.end() && it->second >= 0) {
      company_keys.Join(company_keys.Id(mentions[i].name_key), it->second);
    }
  }
  for (int i = 0; i < n; ++i) {
    const Entity& e = (*entities)[i];
    const int type = static_cast<int>(e.type);
    if (group[i] >= 0 || e.type == EntityType::kPerson) continue;
    const int root =
        variants[type].Canonical(variants[type].Id(mentions[i].name_key));
    auto [it, inserted] = name_groups[type].emplace(root, num_groups);
    if (inserted) ++num_groups;
    group[i] = it->second;
  }

  // Persons. Surnames are variant-joined keys; full names ("Sergej
  // Schoigu") form clusters per surname and compatible given names; a
  // surname alone joins the full name with that surname mentioned last
  // before it, or else the first one after it.
  VariantKeys& surnames = variants[static_cast<int>(EntityType::kPerson)];
  auto given_of = [&](const Mention& m) {
    std::vector<const Word*> given;
    for (size_t w = 0; w + 1 < m.words.size(); ++w) {
      given.push_back(&m.words[w]);
    }
    return given;
  };
  struct PersonCluster {
    int group;
    int first_mention;
  };
  std::unordered_map<int, std::vector<PersonCluster>> full_by_surname;
  std::unordered_map<int, int> last_full_by_surname;  // surname -> group
  // Hyphenated surnames also under their last part ("Abdollahian").
  std::unordered_map<int, int> last_full_by_part;
  std::unordered_map<int, int> first_full_by_part;
  std::vector<int> pending;  // surname-only mentions with no full name yet
  auto surname_id = [&](const std::string& key) {
    return surnames.Canonical(surnames.Id(key));
  };
  for (int i = 0; i < n; ++i) {
    const Entity& e = (*entities)[i];
    if (e.type != EntityType::kPerson) continue;
    Mention& m = mentions[i];
    if (m.words.empty()) {
      group[i] = num_groups++;
      continue;
    }
    const int surname = surname_id(m.name_key);
    if (m.words.size() == 1) {
      auto it = last_full_by_surname.find(surname);
      auto part = last_full_by_part.find(surname);
      if (it != last_full_by_surname.end()) {
        group[i] = it->second;
      } else if (part != last_full_by_part.end()) {
        group[i] = part->second;
      } else {
        pending.push_back(i);
      }
      continue;
    }
    const std::vector<const Word*> given = given_of(m);
    auto& candidates = full_by_surname[surname];
    int found = -1;
    for (size_t c = candidates.size(), compared = 0;
         c-- > 0 && compared < kMaxClustersPerSurname; ++compared) {
      const Mention& other = mentions[candidates[c].first_mention];
      if (GivenNamesCompatible(given, given_of(other))) {
        found = candidates[c].group;
        break;
      }
    }
    if (found < 0) {
      found = num_groups++;
      candidates.push_back({found, i});
    }
    group[i] = found;
    last_full_by_surname[surname] = found;
    // "Amir-Abdollahian" -> also "Abdollahian".
    if (!m.part_key.empty()) {
      const int part = surname_id(m.part_key);
      last_full_by_part[part] = found;
      first_full_by_part.emplace(part, found);
    }
    // Surname-only mentions after it in text order resolve as they come.
  }
  // Surname-only mentions before any full name, or whose full name came
  // later: the first full name with that surname, else the hyphen part, else
  // one cluster per surname.
  std::unordered_map<int, int> surname_only_groups;
  for (int i : pending) {
    const int surname = surname_id(mentions[i].name_key);
    auto full = full_by_surname.find(surname);
    if (full != full_by_surname.end() && !full->second.empty()) {
      group[i] = full->second.front().group;
      continue;
    }
    auto part = first_full_by_part.find(surname);
    if (part != first_full_by_part.end()) {
      group[i] = part->second;
      continue;
    }
    auto [it, inserted] = surname_only_groups.emplace(surname, num_groups);
    if (inserted) ++num_groups;
    group[i] = it->second;
  }

  // Links from earlier passes join whole groups: "EZB" and every mention
  // already grouped with "Europäische Zentralbank".
  if (!links.empty()) {
    KeyUnion linked;
    for (int g = 0; g < num_groups; ++g) linked.Add();
    for (const MentionLink& link : links) {
      if (link.mention < 0 || link.mention >= n || link.same_as < 0 ||
          link.same_as >= n ||
          (*entities)[link.mention].type != (*entities)[link.same_as].type) {
        continue;
      }
      linked.Join(group[link.mention], group[link.same_as]);
    }
    for (int i = 0; i < n; ++i) group[i] = linked.Find(group[i]);
  }

  // Clusters in order of first mention; the name is the most complete form:
  // most words, an uninflected form, then the longest, then the first.
  std::vector<int> cluster_of_group(num_groups, -1);
  std::vector<int> best_mention;
  for (int i = 0; i < n; ++i) {
    int& c = cluster_of_group[group[i]];
    if (c < 0) {
      c = static_cast<int>(clusters->size());
      EntityCluster cluster;
      cluster.id = c;
      cluster.type = (*entities)[i].type;
      clusters->push_back(std::move(cluster));
      best_mention.push_back(i);
    }
    (*clusters)[c].mentions.push_back(i);
    (*entities)[i].cluster = c;
    const Mention& now = mentions[i];
    const Mention& best = mentions[best_mention[c]];
    const auto length = [&](int k) {
      return (*entities)[k].end - (*entities)[k].start;
    };
    const bool better = now.words.size() != best.words.size()
                            ? now.words.size() > best.words.size()
                        : now.inflected != best.inflected
                            ? !now.inflected
                            : length(i) > length(best_mention[c]);
    if (better) best_mention[c] = i;
  }
  for (size_t c = 0; c < clusters->size(); ++c) {
    const int i = best_mention[c];
    (*clusters)[c].name = DisplayName(mentions[i], surface_of((*entities)[i]));
  }
}

}  // namespace lesbar
