#include "Database.h"

namespace mixshift {

std::int64_t Database::scalar(std::string_view sql)
{
    Statement statement = prepare(sql);
    return statement.step() ? statement.int64(0) : 0;
}

} // namespace mixshift
