// Provider money to integer micro-dollars, exactly: decimal strings are never routed through a double.
#pragma once

#include "core/Money.h"

#include <QJsonValue>
#include <QStringView>

#include <optional>

namespace tokenwise::api {

// The unit a provider states its amounts in (provider-formats.md §0).
enum class MoneyUnit {
    Dollars, // OpenAI costs, OpenRouter
    Cents, // Anthropic cost_report (string), Claude Code analytics (number), Cursor
};

// "123.45", "-0.5", "1e-3", "+12": a decimal number, scaled exactly and rounded half away from zero to
// micro-dollars. nullopt for anything else (or an amount beyond ±9.2e12 dollars).
std::optional<MicroUsd> microsFromDecimal(QStringView text, MoneyUnit unit);

// A JSON amount given as a string or as a number. A number is read back as the shortest decimal that
// round-trips its double ("12.4381", not "12.438099999999999"), then scaled exactly.
std::optional<MicroUsd> microsFromJson(const QJsonValue &value, MoneyUnit unit);

} // namespace tokenwise::api
