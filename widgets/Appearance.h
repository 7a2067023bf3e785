#pragma once

#include <QString>

#include <optional>

namespace mixshift {

/// The window's colours: the system's (its light or dark palette), or light or dark whatever the system says.
/// Charts follow (ChartTheme); exports are always drawn on white.
enum class Appearance { System, Light, Dark };

/// The preference's stable name in settings ("system", "light", "dark") and back.
QString appearanceKey(Appearance appearance);
std::optional<Appearance> appearanceFromKey(const QString& key);

/// Gives the application the appearance's palette (light and dark on the Fusion style, which draws any palette
/// on every platform); System puts back the style and palette the application started with.
void applyAppearance(Appearance appearance);

} // namespace mixshift
