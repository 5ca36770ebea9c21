// Source names, base URLs and the https-only rule.
#include "sources/api/http/ApiEndpoint.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace tokenwise::api {

const QStringList &sourceNames()
{
    static const QStringList names {QString::fromLatin1(anthropic), QString::fromLatin1(openai),
                                    QString::fromLatin1(cursor), QString::fromLatin1(openrouter)};
    return names;
}

bool isSourceName(const QString &name)
{
    return sourceNames().contains(name);
}

QUrl defaultBaseUrl(const QString &source)
{
    if (source == QLatin1String(anthropic))
        return QUrl(QStringLiteral("https://api.anthropic.com"));
    if (source == QLatin1String(openai))
        return QUrl(QStringLiteral("https://api.openai.com"));
    if (source == QLatin1String(cursor))
        return QUrl(QStringLiteral("https://api.cursor.com"));
    if (source == QLatin1String(openrouter))
        return QUrl(QStringLiteral("https://openrouter.ai"));
    return {};
}

QByteArray baseUrlEnvironmentVariable(const QString &source)
{
    return "TOKENWISE_" + source.toUpper().toLatin1() + "_BASE_URL";
}

QByteArray keyEnvironmentVariable(const QString &source)
{
    return "TOKENWISE_" + source.toUpper().toLatin1() + "_KEY";
}

bool isAllowedEndpoint(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty() || !url.userInfo().isEmpty())
        return false;
    if (url.scheme() == QLatin1String("https"))
        return true;
    if (url.scheme() != QLatin1String("http"))
        return false;
    if (url.host() == QLatin1String("localhost"))
        return true;
    const QHostAddress address(url.host());
    return !address.isNull() && address.isLoopback();
}

Result<QUrl> resolveBaseUrl(const QString &source, const QString &setting)
{
    QString text = qEnvironmentVariable(baseUrlEnvironmentVariable(source).constData());
    if (text.isEmpty())
        text = setting;
    const QUrl url = text.isEmpty() ? defaultBaseUrl(source) : QUrl(text, QUrl::StrictMode);
    if (!isAllowedEndpoint(url))
        return Error {QCoreApplication::translate("ApiEndpoint",
                                                  "refusing %1 for %2: keys are only sent over https "
                                                  "(plain http only to this machine)")
                          .arg(url.toDisplayString(QUrl::RemoveUserInfo), source)};
    return url;
}

QUrl endpointUrl(const QUrl &base, const QString &path)
{
    QUrl url = base;
    QString prefix = base.path();
    while (prefix.endsWith(QLatin1Char('/')))
        prefix.chop(1);
    url.setPath(prefix + path);
    url.setQuery(QString());
    return url;
}

} // namespace tokenwise::api
