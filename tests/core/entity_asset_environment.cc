// Registers the build's lesbar-entities.dat before any test runs: the entity
// analysis (and every test that analyzes with entities on) needs it, as the
// wasm wrapper needs it before its first analyze().
#include <gtest/gtest.h>

#include "test_util.h"

namespace {

class EntityAssetEnvironment : public ::testing::Environment {
 public:
  void SetUp() override { lesbar::testing::LoadEntityAssetOrDie(); }
};

const ::testing::Environment* const kEntityAsset =
    ::testing::AddGlobalTestEnvironment(new EntityAssetEnvironment);

}  // namespace
