// OpenCode and Kilo CLI (an OpenCode fork with the same storage) in the source registry: one reader, two
// roots.
#pragma once

#include "sources/local/LocalSource.h"

namespace tokenwise::opencode {

struct Flavour
{
    const char *id; // "opencode", "kilo-cli"
    const char *folder; // data folder and database name: "opencode" → opencode.db, opencode-<channel>.db
    const char *envVar; // the peer's comma-separated override: OPENCODE_DATA_DIR, KILO_DATA_DIR
    bool trustZeroCost;
};

class OpenCodeSource final : public LocalSource
{
public:
    explicit OpenCodeSource(const Flavour &flavour) : m_flavour(flavour) { }

    QString id() const override;
    QString displayName() const override;
    // The database is updated in place; the legacy per-message JSON files are rewritten whole.
    FileUpdateStyle updateStyle() const override { return FileUpdateStyle::Database; }
    LocalListing list() const override;
    std::unique_ptr<LocalFileScanner> makeScanner() const override;
    QStringList priceCandidates(const QString &model, qint64 timestampMs) const override;

    // $<envVar> (comma-separated), else ${XDG_DATA_HOME:-~/.local/share}/<folder> on every platform: OpenCode
    // uses xdg-basedir, which does not branch per platform.
    QStringList dataDirs() const;

private:
    Flavour m_flavour;
};

inline constexpr Flavour kOpenCode {"opencode", "opencode", "OPENCODE_DATA_DIR", false};
// Kilo's recorded cost is trusted even when 0: its gateway's free models are free (ccusage does the same).
inline constexpr Flavour kKiloCli {"kilo-cli", "kilo", "KILO_DATA_DIR", true};

} // namespace tokenwise::opencode
