"""Contains all the data models used in inputs/outputs"""

from .account import Account
from .account_list import AccountList
from .account_status import AccountStatus
from .account_status_filter import AccountStatusFilter
from .error_detail import ErrorDetail
from .error_envelope import ErrorEnvelope
from .error_type import ErrorType

__all__ = (
    "Account",
    "AccountList",
    "AccountStatus",
    "AccountStatusFilter",
    "ErrorDetail",
    "ErrorEnvelope",
    "ErrorType",
)
