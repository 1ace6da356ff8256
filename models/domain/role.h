#pragma once

#include <QCoreApplication>
#include <QString>
#include <optional>

// What a user may do. Roles are fixed by the scheme's organisation (not by
// county policy), so they live in code; which user holds which is data.
enum class Permission {
    ManageGeography,   // townships, villages, institutions
    ManageUsers,       // accounts of one's own township (county admin: all)
    EditHouseholds,    // households, persons, enrollments, receipts
    EnterClaims,
    ApproveClaims,
    FileFilings,
    ReviewFilings,     // township review 初审 and submission 上报
    CertifyFilings,    // county certification 认定
    PublishPolicy,
    ApproveRefunds,
};

enum class Role { Clerk, Reviewer, TownshipAdmin, CountyCertifier, CountyAdmin };

class RoleInfo
{
    Q_DECLARE_TR_FUNCTIONS(RoleInfo)
public:
    static QString code(Role role);
    static std::optional<Role> fromCode(const QString &code);
    static QString label(Role role);   // translated, for the screen
    static bool can(Role role, Permission permission);
    static bool isCountyRole(Role role) { return role == Role::CountyCertifier || role == Role::CountyAdmin; }
    static QString permissionLabel(Permission permission);
};
