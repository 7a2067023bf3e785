#pragma once

// Lets Boost.Test print Qt values in failure messages (found by argument-dependent lookup).

#include <QByteArray>
#include <QChar>
#include <QDate>
#include <QString>
#include <QStringList>

#include <ostream>

inline std::ostream& boost_test_print_type(std::ostream& out, const QString& value)
{
    return out << '"' << value.toStdString() << '"';
}

inline std::ostream& boost_test_print_type(std::ostream& out, const QChar& value)
{
    return out << '\'' << QString(value).toStdString() << '\'';
}

inline std::ostream& boost_test_print_type(std::ostream& out, const QLatin1Char& value)
{
    return out << '\'' << value.toLatin1() << '\'';
}

inline std::ostream& boost_test_print_type(std::ostream& out, const QStringList& value)
{
    return out << '[' << value.join(QStringLiteral(", ")).toStdString() << ']';
}

inline std::ostream& boost_test_print_type(std::ostream& out, const QByteArray& value)
{
    return out << '"' << value.toStdString() << '"';
}

inline std::ostream& boost_test_print_type(std::ostream& out, const QDate& value)
{
    return out << value.toString(Qt::ISODate).toStdString();
}
