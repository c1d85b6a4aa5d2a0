import {
  FormModal,
  ListPage,
  ServiceFunctionTags,
  describeRequestError,
  useListUrlState,
  useServiceFunctionOptions,
} from '@sme/ui';
import { Alert, App, Button, Checkbox, Form, Input, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { failureOf } from './mutation-result';
import { ExpertsQuery, SaveExpertMutation } from './review.queries';

const NO_FILTERS: readonly never[] = [];

type Editing = {
  email: string;
  functions: string[];
  provinceCode: string;
  affiliations: string;
  unitId: string | undefined;
  active: boolean;
  note: string;
};

/** 专家库: the experts administrators keep, with each one's open load. */
export function ExpertsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const urlState = useListUrlState(NO_FILTERS);
  const [{ data, fetching, error }, reexecute] = useQuery({ query: ExpertsQuery, requestPolicy: 'cache-and-network' });
  const [, save] = useMutation(SaveExpertMutation);
  const [editing, setEditing] = useState<Editing | null>(null);
  const functionOptions = useServiceFunctionOptions();
  const open = (value: Editing) => setEditing(value);
  return (
    <>
      <ListPage
        title={t('review.experts.title')}
        description={t('review.experts.description')}
        urlState={urlState}
        actions={
          <Button
            type="primary"
            onClick={() =>
              open({
                email: '',
                functions: [],
                provinceCode: '',
                affiliations: '',
                unitId: undefined,
                active: true,
                note: '',
              })
            }
          >
            {t('review.experts.add')}
          </Button>
        }
        alert={error ? <Alert type="error" showIcon title={describeRequestError(error, t)} /> : null}
        rows={data?.experts}
        rowKey={(e) => e.id}
        loading={fetching}
        columns={[
          { key: 'name', title: t('review.experts.name'), render: (_, e) => `${e.name}（${e.email}）` },
          {
            key: 'functions',
            title: t('review.experts.functions'),
            render: (_, e) => <ServiceFunctionTags functions={e.functions} />,
          },
          { key: 'province', title: t('review.experts.province'), render: (_, e) => e.provinceCode ?? '—' },
          {
            key: 'affiliations',
            title: t('review.experts.affiliations'),
            render: (_, e) => e.affiliations.join('、') || '—',
          },
          { key: 'unit', title: t('review.experts.unit'), render: (_, e) => e.unit?.name ?? '—' },
          {
            key: 'active',
            title: t('review.experts.active'),
            render: (_, e) => t(e.active ? 'review.experts.yes' : 'review.experts.no'),
          },
          { key: 'load', title: t('review.experts.load'), render: (_, e) => e.load },
          { key: 'completed', title: t('review.experts.completed'), render: (_, e) => e.completed },
        ]}
        rowActions={(e) => (
          <Button
            type="link"
            size="small"
            onClick={() =>
              open({
                email: e.email,
                functions: [...e.functions],
                provinceCode: e.provinceCode ?? '',
                affiliations: e.affiliations.join('\n'),
                unitId: e.unit?.id,
                active: e.active,
                note: e.note ?? '',
              })
            }
          >
            {t('review.experts.edit')}
          </Button>
        )}
        empty={{ title: t('review.experts.empty') }}
      />
      <FormModal<Editing>
        name="expert"
        open={editing !== null}
        title={editing?.email ? t('review.experts.edit') : t('review.experts.add')}
        okText={t('review.actions.submit')}
        initialValues={editing ?? undefined}
        onCancel={() => setEditing(null)}
        onSubmit={async (v) => {
          const problem = failureOf(
            await save({
              input: {
                email: v.email,
                functions: v.functions as never,
                provinceCode: v.provinceCode || null,
                affiliations: (v.affiliations ?? '')
                  .split('\n')
                  .map((a) => a.trim())
                  .filter(Boolean),
                unitId: v.unitId ?? null,
                active: v.active,
                note: v.note || null,
              },
            }),
            'saveExpertProfile',
          );
          if (!problem) {
            void message.success(t('review.experts.saved'));
            setEditing(null);
            reexecute({ requestPolicy: 'network-only' });
          }
          return problem;
        }}
      >
        <Form.Item
          name="email"
          label={t('review.experts.email')}
          rules={[{ required: true, message: t('review.actions.required') }]}
        >
          <Input disabled={Boolean(editing?.email)} />
        </Form.Item>
        <Form.Item
          name="functions"
          label={t('review.experts.functions')}
          rules={[{ required: true, message: t('review.actions.required') }]}
        >
          <Select mode="multiple" options={functionOptions} />
        </Form.Item>
        <Form.Item name="provinceCode" label={t('review.experts.province')}>
          <Input maxLength={6} />
        </Form.Item>
        <Form.Item name="affiliations" label={t('review.experts.affiliations')}>
          <Input.TextArea rows={3} />
        </Form.Item>
        <Form.Item name="unitId" label={t('review.experts.unit')}>
          <Select allowClear options={(data?.units ?? []).map((u) => ({ value: u.id, label: u.name }))} />
        </Form.Item>
        <Form.Item name="active" valuePropName="checked">
          <Checkbox>{t('review.experts.active')}</Checkbox>
        </Form.Item>
      </FormModal>
    </>
  );
}
