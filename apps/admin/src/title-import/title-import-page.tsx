import {
  PageFrame,
  ServiceFunctionTags,
  TaskProgress,
  useConfirmAction,
  useLongTask,
  type ServiceFunction,
} from '@sme/ui';
import { Alert, App, Button, Card, Flex, Table, Tag, Typography, Upload } from 'antd';
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { failureOf } from '../review/mutation-result';
import { TitleImportMutation } from './title-import.queries';
import {
  checkableRows,
  dryRunProblems,
  parseProblems,
  summarise,
  toInputRow,
  type ImportRow,
  type LineProblem,
  type ParsedFile,
} from './import-preview';

type Preview = { fileName: string; rows: ImportRow[]; problems: LineProblem[] };

async function readFile(file: File): Promise<ParsedFile> {
  const body = new FormData();
  body.append('file', file, file.name);
  const response = await fetch('/api/imports/accreditations/parse', {
    method: 'POST',
    body,
    headers: { 'apollo-require-preflight': 'true' },
    credentials: 'same-origin',
  });
  const json = (await response.json()) as ParsedFile & { message?: string };
  if (!response.ok) throw new Error(json.message ?? response.statusText);
  return json;
}

/** 导入历史称号: template → file → row-by-row preview (reading + the API's dry run) → import all or nothing. */
export function TitleImportPage() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const confirm = useConfirmAction();
  const task = useLongTask();
  const [stage, setStage] = useState<'reading' | 'checking' | 'importing'>('reading');
  const [preview, setPreview] = useState<Preview | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [, importRows] = useMutation(TitleImportMutation);

  const check = async (file: File) => {
    setFailure(null);
    setPreview(null);
    try {
      await task.run(async (report) => {
        setStage('reading');
        const parsed = await readFile(file);
        report(40);
        setStage('checking');
        const sent = checkableRows(parsed.rows);
        let problems = parseProblems(parsed, i18n.language);
        if (sent.length > 0) {
          const result = await importRows({ input: { dryRun: true, rows: sent.map(toInputRow) as never } });
          const answer = result.data?.importAccreditations;
          if (answer?.__typename === 'ImportRowsError')
            problems = [...problems, ...dryRunProblems(sent, answer.problems)];
          else {
            const problem = failureOf(result, 'importAccreditations');
            if (problem) throw new Error(problem);
          }
        }
        report(100);
        setPreview({ fileName: file.name, rows: parsed.rows, problems: problems.sort((a, b) => a.line - b.line) });
      });
    } catch (error) {
      setFailure(t('titleImport.readFailed', { message: error instanceof Error ? error.message : String(error) }));
    }
  };

  const summary = preview ? summarise(preview.rows, preview.problems) : null;
  const commit = () => {
    if (!preview) return;
    confirm({
      title: t('titleImport.confirm', { count: preview.rows.length }),
      description: t('titleImport.confirmBody'),
      names: preview.rows.map((r) => r.organisationName),
      onOk: async () => {
        setStage('importing');
        const result = await task.run(() => importRows({ input: { rows: preview.rows.map(toInputRow) as never } }));
        const answer = result.data?.importAccreditations;
        if (answer?.__typename === 'ImportRowsError') {
          // someone imported in between: show the new problems on their lines
          setPreview({ ...preview, problems: dryRunProblems(preview.rows, answer.problems) });
          return;
        }
        const problem = failureOf(result, 'importAccreditations');
        setFailure(problem);
        if (!problem && answer?.__typename === 'ImportAccreditationsSuccess') {
          void message.success(t('titleImport.done', { count: answer.data.length }));
          void navigate('/titles');
        }
      },
    });
  };

  return (
    <PageFrame
      title={t('titleImport.title')}
      description={t('titleImport.description')}
      breadcrumbs={[{ title: t('title.list.title'), to: '/titles' }, { title: t('titleImport.title') }]}
      actions={
        <>
          <a href="/api/imports/accreditations/template.xlsx" download data-testid="import-template">
            <Button icon={<DownloadOutlined />}>{t('titleImport.template')}</Button>
          </a>
          <a href="/api/imports/accreditations/template.csv" download>
            <Button icon={<DownloadOutlined />}>{t('titleImport.templateCsv')}</Button>
          </a>
        </>
      }
    >
      <Card size="small">
        <Flex gap={12} align="center" wrap>
          <Upload
            accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
            showUploadList={false}
            beforeUpload={(file) => {
              void check(file);
              return false;
            }}
          >
            <Button
              icon={<UploadOutlined />}
              loading={task.running}
              type={preview ? 'default' : 'primary'}
              data-testid="import-choose"
            >
              {preview ? t('titleImport.again') : t('titleImport.choose')}
            </Button>
          </Upload>
          <TaskProgress running={task.running} percent={task.percent} label={t(`titleImport.${stage}`)} />
          {preview ? <Typography.Text type="secondary">{preview.fileName}</Typography.Text> : null}
        </Flex>
      </Card>
      {failure ? <Alert type="error" showIcon title={failure} data-testid="import-failure" /> : null}
      {preview && summary ? (
        <Card size="small">
          <Flex vertical gap={12}>
            {summary.ready ? (
              <Alert
                type="success"
                showIcon
                title={t('titleImport.summaryOk', { count: preview.rows.length })}
                data-testid="import-summary"
              />
            ) : (
              <Alert
                type="error"
                showIcon
                title={t('titleImport.summaryBad', { rows: preview.rows.length, bad: summary.badRows })}
                data-testid="import-summary"
              />
            )}
            {summary.fileProblems.map((p) => (
              <Alert
                key={`${p.line}-${p.field}`}
                type="error"
                title={`${t('titleImport.fileProblem')}: ${p.message}`}
              />
            ))}
            <Table
              rowKey="line"
              size="small"
              pagination={false}
              dataSource={preview.rows}
              data-testid="import-preview"
              scroll={{ x: true }}
              onRow={(r) => ({ 'data-testid': `import-line-${r.line}` }) as React.HTMLAttributes<HTMLElement>}
              columns={[
                { key: 'line', title: t('titleImport.line'), render: (_, r) => r.line },
                { key: 'org', title: t('title.columns.organisation'), render: (_, r) => r.organisationName },
                { key: 'code', title: t('title.detail.creditCode'), render: (_, r) => r.creditCode },
                {
                  key: 'functions',
                  title: t('title.columns.functions'),
                  render: (_, r) => <ServiceFunctionTags functions={r.functions as ServiceFunction[]} />,
                },
                { key: 'awarded', title: t('title.detail.awardedOn'), render: (_, r) => r.awardedOn || '—' },
                {
                  key: 'number',
                  title: t('title.columns.certificateNumber'),
                  render: (_, r) => r.certificateNumber ?? '—',
                },
                {
                  key: 'problems',
                  title: t('titleImport.problems'),
                  render: (_, r) => {
                    const problems = summary.byLine.get(r.line);
                    if (!problems) return <Tag color="green">{t('titleImport.ok')}</Tag>;
                    return (
                      <ul style={{ margin: 0, paddingInlineStart: 16 }} data-testid="import-problems">
                        {problems.map((p, i) => (
                          <li key={i}>
                            <Typography.Text type="danger">{p.message}</Typography.Text>
                          </li>
                        ))}
                      </ul>
                    );
                  },
                },
              ]}
            />
            <Flex gap={8}>
              <Button
                type="primary"
                disabled={!summary.ready || task.running}
                onClick={commit}
                data-testid="import-commit"
              >
                {t('titleImport.commit', { count: preview.rows.length })}
              </Button>
              <Link to="/titles">
                <Button>{t('review.actions.cancel')}</Button>
              </Link>
            </Flex>
          </Flex>
        </Card>
      ) : null}
    </PageFrame>
  );
}
