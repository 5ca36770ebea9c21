// Start at login on freedesktop.org desktops: an entry in $XDG_CONFIG_HOME/autostart/.
#pragma once

#include "app/platform/Autostart.h"

#include <QCoreApplication>
#include <QStringList>

namespace tokenwise {

class XdgAutostart final : public Autostart
{
    Q_DECLARE_TR_FUNCTIONS(XdgAutostart)

public:
    // An empty configHome means $XDG_CONFIG_HOME, or ~/.config when that is unset.
    explicit XdgAutostart(QString executablePath, QString configHome = {}, QStringList arguments = {});

    bool isSupported() const override { return true; }
    bool isEnabled() const override;
    Status setEnabled(bool enabled) override;

    // <config home>/autostart/io.github.tokenwise.Tokenwise.desktop
    QString entryPath() const;
    // The packaged template (packaging/linux/autostart/) with Exec and TryExec set to the executable.
    QString entryContents() const;

    // One argument of an Exec line, quoted and escaped as the Desktop Entry Specification asks.
    static QString execArgument(const QString &argument);

private:
    QString m_executablePath;
    QString m_configHome;
    QStringList m_arguments; // the profile in use, after the program
};

} // namespace tokenwise
