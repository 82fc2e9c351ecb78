import './styles.css';

export * from './i18n/core';
export { I18nProvider, createI18n, useLocale, type I18nProviderProps, type TFunction } from './i18n/I18nProvider';
export { uiI18n } from './i18n/messages';
export { useFieldProblemText } from './i18n/useFieldProblems';
export { useQualityFlagText, type QualityFlagLike } from './i18n/useQualityFlagText';
export { useLedgerMemoText, type LedgerMemoLike } from './i18n/useLedgerMemoText';
export { useLevelName } from './i18n/useLevelName';
export { ReasonTextProvider, useCatalogReasonText, useReasonText, type ReasonText } from './i18n/error-reasons';

export { ApiProvider, useApiClient, useAuth, useSubscriber, type ApiProviderProps } from './api/ApiProvider';
export { useMutation, useQuery, useSubscriptions, type MutationResult, type MutationState, type QueryOptions, type QueryResult, type SubscriptionOptions } from './api/hooks';
export { startDownload } from './api/download';
export { useMyDataDownload } from './api/useMyDataDownload';
export { usePasswordChange, type PasswordChange } from './api/usePasswordChange';
export { usePasswordReset, type PasswordReset } from './api/usePasswordReset';
export { createSession, type Session, type SessionConfig, type SessionUser } from './api/session';
export { fieldErrorsOf, queryReducer, toApiError, type QueryState } from './api/request-state';

export { Alert, ErrorAlert, type AlertProps, type AlertTone, type ErrorAlertProps } from './components/Alert';
export { SignInForm, SignUpForm, type SignInValues, type SignUpValues } from './components/AuthForms';
export { ChangePasswordForm, type ChangePasswordFormProps } from './components/ChangePasswordForm';
export type { ChangePasswordValues } from './components/change-password-state';
export { ResetPasswordForm, type ResetPasswordFormProps } from './components/ResetPasswordForm';
export { ResetPasswordPage, type ResetPasswordPageProps } from './components/ResetPasswordPage';
export { Button, buttonClass, type ButtonProps, type ButtonVariant } from './components/Button';
export { Card, type CardProps } from './components/Card';
export { MyDataCard, type MyDataCardProps } from './components/MyDataCard';
export { KeysetPager, useKeysetPages, type KeysetPagerProps } from './components/KeysetPager';
export { SelectField, TextAreaField, TextField, type SelectFieldProps, type TextAreaFieldProps, type TextFieldProps } from './components/fields';
export { RedirectIfSignedIn, RequireAuth } from './components/guards';
export { LanguageSwitch, Layout, NotFound, type LayoutProps } from './components/Layout';
export { InstructionsThen, type InstructionsThenProps } from './components/InstructionsThen';
export { Markdown } from './components/Markdown';
export { Loading, Spinner, type SpinnerProps } from './components/Spinner';

export { centsToDecimalText, currencyDigits, formatMoney, parseMoneyToCents } from './format/money';
export { formatDateTime, formatDuration, formatPercent } from './format/time';
export { languageName } from './format/language';
export { useFocusInvalid, useNow, usePageTitle, useRefetchOnChange } from './hooks/hooks';
export { trailingThrottle } from './hooks/trailing-throttle';
