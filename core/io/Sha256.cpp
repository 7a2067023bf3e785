#include "Sha256.h"

#include "Error.h"

#ifdef MIXSHIFT_HAVE_OPENSSL
#include <openssl/evp.h>
#else
#include <QCryptographicHash>
#endif

namespace mixshift {

#ifdef MIXSHIFT_HAVE_OPENSSL

struct Sha256::State
{
    std::unique_ptr<EVP_MD_CTX, void (*)(EVP_MD_CTX*)> context{EVP_MD_CTX_new(), EVP_MD_CTX_free};
};

Sha256::Sha256()
    : m_state(std::make_unique<State>())
{
    if (!m_state->context || EVP_DigestInit_ex(m_state->context.get(), EVP_sha256(), nullptr) != 1)
        throw Error(tr("SHA-256 is not available (OpenSSL)"));
}

void Sha256::add(const QByteArray& bytes)
{
    EVP_DigestUpdate(m_state->context.get(), bytes.constData(), static_cast<size_t>(bytes.size()));
}

QString Sha256::hex()
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_DigestFinal_ex(m_state->context.get(), digest, &length);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(digest), static_cast<int>(length)).toHex());
}

#else

struct Sha256::State
{
    QCryptographicHash hash{QCryptographicHash::Sha256};
};

Sha256::Sha256()
    : m_state(std::make_unique<State>())
{
}

void Sha256::add(const QByteArray& bytes)
{
    m_state->hash.addData(bytes);
}

QString Sha256::hex()
{
    return QString::fromLatin1(m_state->hash.result().toHex());
}

#endif

void Sha256::addRest(QIODevice& device)
{
    while (!device.atEnd())
        add(device.read(1 << 18));
}

Sha256::~Sha256() = default;

} // namespace mixshift
