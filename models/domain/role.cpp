#include "role.h"

QString RoleInfo::code(Role role)
{
    switch (role) {
    case Role::Clerk: return QStringLiteral("clerk");
    case Role::Reviewer: return QStringLiteral("reviewer");
    case Role::TownshipAdmin: return QStringLiteral("township_admin");
    case Role::CountyCertifier: return QStringLiteral("county_certifier");
    case Role::CountyAdmin: return QStringLiteral("county_admin");
    }
    return {};
}

std::optional<Role> RoleInfo::fromCode(const QString &code)
{
    for (Role r : {Role::Clerk, Role::Reviewer, Role::TownshipAdmin, Role::CountyCertifier, Role::CountyAdmin})
        if (RoleInfo::code(r) == code)
            return r;
    return std::nullopt;
}

QString RoleInfo::label(Role role)
{
    switch (role) {
    case Role::Clerk: return tr("Clerk");
    case Role::Reviewer: return tr("Reviewer");
    case Role::TownshipAdmin: return tr("Township administrator");
    case Role::CountyCertifier: return tr("County certifier");
    case Role::CountyAdmin: return tr("County administrator");
    }
    return {};
}

bool RoleInfo::can(Role role, Permission p)
{
    switch (role) {
    case Role::Clerk:
        return p == Permission::EditHouseholds || p == Permission::EnterClaims || p == Permission::FileFilings;
    case Role::Reviewer:
        // A reviewer also enters work; maker–checker keeps them off their own.
        return p == Permission::EditHouseholds || p == Permission::EnterClaims || p == Permission::FileFilings
               || p == Permission::ApproveClaims || p == Permission::ReviewFilings || p == Permission::ApproveRefunds;
    case Role::TownshipAdmin:
        return p == Permission::ManageUsers || p == Permission::EditHouseholds || p == Permission::EnterClaims
               || p == Permission::FileFilings || p == Permission::ApproveClaims || p == Permission::ReviewFilings
               || p == Permission::ApproveRefunds;
    case Role::CountyCertifier:
        return p == Permission::CertifyFilings;
    case Role::CountyAdmin:
        return p == Permission::ManageGeography || p == Permission::ManageUsers || p == Permission::PublishPolicy
               || p == Permission::CertifyFilings;
    }
    return false;
}

QString RoleInfo::permissionLabel(Permission p)
{
    switch (p) {
    case Permission::ManageGeography: return tr("manage townships, villages and institutions");
    case Permission::ManageUsers: return tr("manage user accounts");
    case Permission::EditHouseholds: return tr("edit households and enrollments");
    case Permission::EnterClaims: return tr("enter claims");
    case Permission::ApproveClaims: return tr("approve claims");
    case Permission::FileFilings: return tr("file special-outpatient certifications");
    case Permission::ReviewFilings: return tr("review filings");
    case Permission::CertifyFilings: return tr("certify filings");
    case Permission::PublishPolicy: return tr("publish policy");
    case Permission::ApproveRefunds: return tr("approve voided or refunded receipts");
    }
    return {};
}
