#include "Sha256.h"

#include "Error.h"

#include <openssl/evp.h>

namespace mixshift {

Sha256::Sha256()
    : m_context(EVP_MD_CTX_new(), EVP_MD_CTX_free)
{
    if (!m_context || EVP_DigestInit_ex(m_context.get(), EVP_sha256(), nullptr) != 1)
        throw Error(QStringLiteral("SHA-256 is not available (OpenSSL)"));
}

Sha256::~Sha256() = default;

void Sha256::add(const QByteArray& bytes)
{
    EVP_DigestUpdate(m_context.get(), bytes.constData(), static_cast<size_t>(bytes.size()));
}

QString Sha256::hex()
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_DigestFinal_ex(m_context.get(), digest, &length);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(digest), static_cast<int>(length)).toHex());
}

} // namespace mixshift
