#include "features/gazetteers/gazetteers.h"

#include "features/gazetteers/name_lists.h"

namespace lesbar {

std::string_view NameListSection(NameListIndex list) {
  switch (list) {
    case kPlaceList:
      return "places";
    case kFirstNameList:
      return "first_names";
    case kSurnameList:
      return "surnames";
    case kGermanProperNameList:
      return "de_proper_names";
    case kWikiPersonList:
      return "wiki_persons";
    case kWikiPlaceList:
      return "wiki_places";
    case kWikiOrganisationList:
      return "wiki_organisations";
    case kWikiGivenNameList:
      return "wiki_given_names";
    case kWikiFamilyNameList:
      return "wiki_family_names";
    case kNameListCount:
      break;
  }
  return {};
}

NameListMask NameListsHolding(std::string_view lower) {
  return NameLists().ListsHolding(lower);
}

}  // namespace lesbar
