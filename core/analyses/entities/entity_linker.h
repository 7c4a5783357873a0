// Joins entity mentions that name the same real-world entity into clusters:
// "Sergej Schoigu" / "Schoigu" / "Shoigu", "Raisi" / "Raeisi", "Russland" /
// "Russlands", "Putin" / "Putin's", "Hossein Amir-Abdollahian" /
// "Amir-Abdollahian".
//
// Rules, in short (details in entity_linker.cc):
// - Mentions link only within one entity type (PER with PER, LOC with LOC).
// - Each name word gets a transliteration-folding key (ASCII folding, German
//   and English romanisation conventions: sch/sh, w/v, j/y/i, z/s, kh/ch, ...)
//   and a Kölner Phonetik code. Equal keys join; equal phonetic codes join
//   only when the spellings differ by vowel insertions ("Raisi"/"Raeisi"),
//   never by a changed vowel ("Scholz" ≠ "Schulz").
// - Persons: the last word is the surname. A surname-only mention joins the
//   full name with that surname mentioned most recently before it (or the
//   first one after it). Full names with the same surname but different
//   first names stay apart; sharing a first name alone never joins.
// - Genitive and possessive forms ("Russlands", "Putins", "Putin's") join
//   their base form when that base form is mentioned too, and so do the
//   declined forms of organisations ("der Linken", "Linke"); a leading
//   article does not count for organisations and other names ("Der
//   Spiegel", "Spiegel"), nor does a company's legal form ("Siemens Energy
//   AG", "Siemens Energy"). A company's first word alone joins its full
//   name ("Meta", "Meta Platforms Inc.") unless two companies of the text
//   start with it.
// - Links from earlier passes (abbreviations) join their mentions' clusters.
// - Values (DATE, TIME, MONEY, PERCENT, QUANTITY) join when their text is
//   identical after case folding and whitespace collapsing.
// Cost is linear in the total mention length: hash maps of keys, with a
// bounded number of candidates compared per key.
#ifndef LESBAR_ANALYSES_ENTITIES_ENTITY_LINKER_H_
#define LESBAR_ANALYSES_ENTITIES_ENTITY_LINKER_H_

#include <string_view>
#include <vector>

#include "lesbar/lesbar.h"

namespace lesbar {

// Two mentions a pass before linking knows to name one entity although
// their spellings share no key: an abbreviation and its long form ("EZB" and
// "Europäische Zentralbank", abbreviations.h). Indices into the entities.
struct MentionLink {
  int32_t mention = 0;
  int32_t same_as = 0;
};

// Sets every entity's `cluster` and fills `clusters` (replacing its contents):
// cluster.id equals its index, cluster.type is its mentions' type,
// cluster.mentions are entity indices in text order and cluster.name is the
// most complete form (e.g. "Sergej Schoigu"). `entities` must hold valid,
// ordered spans into `text`; their order is kept. `language` is a BCP 47 tag
// ("de", "en", ...). Each of `links` joins the clusters of its two mentions
// when they have the same type; links out of range are ignored.
void LinkEntities(std::u16string_view text, std::string_view language,
                  std::vector<Entity>* entities,
                  std::vector<EntityCluster>* clusters,
                  const std::vector<MentionLink>& links = {});

}  // namespace lesbar

#endif  // LESBAR_ANALYSES_ENTITIES_ENTITY_LINKER_H_
