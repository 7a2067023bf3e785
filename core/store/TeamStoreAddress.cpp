#include "TeamStoreAddress.h"

#include <QUrl>
#include <QUrlQuery>

namespace mixshift {

TeamStoreAddress TeamStoreAddress::of(const QString& uri)
{
    const QUrl url(uri);
    const QUrlQuery query(url);
    const auto item = [&query](const char* name) {
        return query.queryItemValue(QString::fromLatin1(name), QUrl::FullyDecoded);
    };
    TeamStoreAddress address;
    // A Unix socket's folder comes as ?host=…, a server's name in the authority.
    address.host = url.host().isEmpty() ? item("host") : url.host();
    const QString port = item("port");
    address.port = url.port(port.isEmpty() ? defaultPort : port.toInt());
    address.database = query.hasQueryItem(QStringLiteral("dbname")) ? item("dbname") : url.path(QUrl::FullyDecoded).mid(1);
    address.user = url.userName(QUrl::FullyDecoded);
    return address;
}

QString TeamStoreAddress::uri() const
{
    const auto encoded = [](const QString& text) { return QString::fromLatin1(QUrl::toPercentEncoding(text.trimmed())); };
    const QString userPart = user.trimmed().isEmpty() ? QString() : encoded(user) + QLatin1Char('@');
    const QString hostName = host.trimmed();
    // A Unix socket's folder cannot stand where a host name does: libpq takes it as a parameter.
    if (hostName.startsWith(QLatin1Char('/')))
        return QStringLiteral("postgresql://%1/%2?host=%3&port=%4")
            .arg(userPart, encoded(database), encoded(hostName), QString::number(port));
    return QStringLiteral("postgresql://%1%2:%3/%4")
        .arg(userPart, hostName.isEmpty() ? QStringLiteral("localhost") : encoded(hostName), QString::number(port),
             encoded(database));
}

} // namespace mixshift
