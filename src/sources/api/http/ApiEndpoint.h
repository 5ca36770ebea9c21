// The polled sources by name, where each one lives, and the rule that keys only travel over https.
#pragma once

#include "core/Result.h"

#include <QStringList>
#include <QUrl>

namespace tokenwise::api {

inline constexpr char anthropic[] = "anthropic";
inline constexpr char openai[] = "openai";
inline constexpr char cursor[] = "cursor";
inline constexpr char openrouter[] = "openrouter";

// anthropic, openai, cursor, openrouter.
const QStringList &sourceNames();
bool isSourceName(const QString &name);

QUrl defaultBaseUrl(const QString &source);
// TOKENWISE_<SOURCE>_BASE_URL and TOKENWISE_<SOURCE>_KEY.
QByteArray baseUrlEnvironmentVariable(const QString &source);
QByteArray keyEnvironmentVariable(const QString &source);

// https anywhere; plain http only to a loopback address (the tests' fake servers).
bool isAllowedEndpoint(const QUrl &url);

// The environment variable, then the setting, then the provider's own address; refused unless allowed.
Result<QUrl> resolveBaseUrl(const QString &source, const QString &setting = {});

// `base` + `path`, keeping any path prefix of the base (a proxy's "/anthropic").
QUrl endpointUrl(const QUrl &base, const QString &path);

} // namespace tokenwise::api
