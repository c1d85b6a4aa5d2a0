import {
  CheckCircleFilled,
  CloseCircleFilled,
  ExclamationCircleFilled,
  SafetyCertificateOutlined,
} from '@ant-design/icons';
import {
  CHECK_STATUS_NAMES,
  SERVICE_FUNCTION_NAMES,
  type CheckStatus,
  type EligibilityResult,
  type ServiceFunction,
} from '@sme/domain';
import { Alert, Button, Card, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { stepOfCheck, type EditorStep } from './editor-steps';
import { articleLabel } from '../i18n/article-label';

/** One check as the panel shows it, in the page's language. */
export type PanelCheck = {
  code: string;
  article: string;
  function: ServiceFunction | null;
  kind: 'MEASURED' | 'ATTESTED';
  status: CheckStatus;
  passed: boolean;
  required: string | null;
  actual: string | null;
  message: string;
};

export type PanelResult = {
  eligible: boolean;
  qualifiedFunctions: readonly ServiceFunction[];
  checks: readonly PanelCheck[];
};

const isEnglish = (language: string) => language.startsWith('en');

/** The domain's result (computed in the browser) in the page's language. */
export function panelResultOf(result: EligibilityResult, language: string): PanelResult {
  const lang = isEnglish(language) ? 'en' : 'zhCN';
  return {
    eligible: result.eligible,
    qualifiedFunctions: result.qualifiedFunctions,
    checks: result.checks.map((c) => ({
      code: c.code,
      article: c.article,
      function: c.function,
      kind: c.kind,
      status: c.status,
      passed: c.passed,
      required: c.requiredText?.[lang] ?? c.required,
      actual: c.actualText?.[lang] ?? c.actual,
      message: c.message[lang],
    })),
  };
}

function StatusIcon({ status }: { status: CheckStatus }) {
  switch (status) {
    case 'PASSED':
      return <CheckCircleFilled style={{ color: '#237804' }} aria-hidden />;
    case 'ATTESTED':
      return <SafetyCertificateOutlined style={{ color: '#0958d9' }} aria-hidden />;
    case 'FAILED':
      return <CloseCircleFilled style={{ color: '#cf1322' }} aria-hidden />;
    case 'NOT_ATTESTED':
      return <ExclamationCircleFilled style={{ color: '#ad4e00' }} aria-hidden />;
    default:
      status satisfies never;
      return null;
  }
}

const STATUS_COLOURS: Record<CheckStatus, string> = {
  PASSED: '#237804',
  ATTESTED: 'blue',
  FAILED: 'red',
  NOT_ATTESTED: 'magenta',
};

/**
 * Every check of Arts. 5 and 6 with its article, threshold, declared value, kind and verdict.
 * Beside the editor it follows the form as it is typed (the same function the API runs); on the
 * status page it shows the result frozen at submission.
 */
export function EligibilityPanel({
  result,
  hint,
  onGoTo,
}: {
  result: PanelResult;
  hint: string;
  onGoTo?: (step: EditorStep) => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = isEnglish(i18n.language) ? 'en' : 'zhCN';
  const failing = result.checks.filter((c) => !c.passed);
  const groups: { key: string; title: string; checks: PanelCheck[] }[] = [
    {
      key: 'art5',
      title: t('applicant.panel.art5'),
      checks: result.checks.filter((c) => c.article.startsWith('Art. 5')),
    },
    {
      key: 'art6',
      title: t('applicant.panel.art6'),
      checks: result.checks.filter((c) => c.article.startsWith('Art. 6')),
    },
  ];
  const functions = result.qualifiedFunctions
    .map((f) => SERVICE_FUNCTION_NAMES[f][lang])
    .join(lang === 'en' ? ', ' : '、');
  return (
    <Card
      size="small"
      title={
        <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>
          {t('applicant.panel.title')}
        </Typography.Title>
      }
      data-testid="eligibility-panel"
      data-eligible={result.eligible ? 'true' : 'false'}
    >
      <section aria-label={t('applicant.panel.title')}>
        <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
          {hint}
        </Typography.Paragraph>
        {/* announced when the verdict changes as the applicant types */}
        <div aria-live="polite" data-testid="eligibility-verdict">
          <Alert
            type={result.eligible ? 'success' : 'warning'}
            showIcon
            title={result.eligible ? t('applicant.panel.eligible') : t('applicant.panel.notEligible')}
            description={
              <Flex vertical gap={2}>
                <span>{t('applicant.panel.summary', { failed: failing.length, total: result.checks.length })}</span>
                {functions ? <span>{t('applicant.panel.qualified', { functions })}</span> : null}
              </Flex>
            }
          />
        </div>
        {groups.map((group) =>
          group.checks.length === 0 ? null : (
            <div key={group.key} style={{ marginTop: 12 }}>
              <Typography.Title level={3} style={{ fontSize: 14 }}>
                {group.title}
              </Typography.Title>
              <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
                {group.checks.map((check) => (
                  <li
                    key={`${check.code}-${check.function ?? ''}`}
                    data-testid="eligibility-check"
                    data-code={check.code}
                    data-status={check.status}
                    style={{ padding: '6px 0', borderBottom: '1px solid #f0f0f0' }}
                  >
                    <Flex gap={8} align="flex-start">
                      <span style={{ paddingTop: 2 }}>
                        <StatusIcon status={check.status} />
                      </span>
                      <Flex vertical gap={2} style={{ minWidth: 0, flex: 1 }}>
                        <Flex gap={4} wrap align="center">
                          <Tag>{articleLabel(check.article, i18n.language)}</Tag>
                          <Tag color={check.kind === 'MEASURED' ? 'default' : 'purple'}>
                            {check.kind === 'MEASURED' ? t('applicant.panel.measured') : t('applicant.panel.attested')}
                          </Tag>
                          <Tag color={STATUS_COLOURS[check.status]}>{CHECK_STATUS_NAMES[check.status][lang]}</Tag>
                        </Flex>
                        <Typography.Text style={{ fontSize: 13 }}>{check.message}</Typography.Text>
                        {check.kind === 'MEASURED' ? (
                          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                            {t('applicant.panel.required')}：{check.required ?? '—'} · {t('applicant.panel.actual')}：
                            {check.actual ?? t('applicant.panel.notDeclared')}
                          </Typography.Text>
                        ) : null}
                        {!check.passed && onGoTo ? (
                          <Button
                            type="link"
                            size="small"
                            style={{ padding: 0, alignSelf: 'flex-start' }}
                            onClick={() => onGoTo(stepOfCheck(check))}
                          >
                            {t('applicant.panel.goTo')}
                          </Button>
                        ) : null}
                      </Flex>
                    </Flex>
                  </li>
                ))}
              </ul>
            </div>
          ),
        )}
      </section>
    </Card>
  );
}
