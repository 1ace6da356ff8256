#pragma once

#include "role.h"

#include <QString>

// The signed-in user on whose behalf the services write.
struct SessionUser
{
    QString id;
    QString login;
    QString displayName;
    Role role = Role::Clerk;
    QString townshipId;   // empty for county roles

    bool isValid() const { return !id.isEmpty(); }
};
