#pragma once

#include "store/ObservationStore.h"

class QComboBox;

namespace mixshift {

/// The three conflict policies in words, as the import wizard and the preferences offer them (data: the policy).
void addConflictPolicies(QComboBox* box);
/// Shows `policy` in a box filled by addConflictPolicies.
void showConflictPolicy(QComboBox* box, ConflictPolicy policy);
ConflictPolicy shownConflictPolicy(const QComboBox* box);

} // namespace mixshift
