import { DateField, FormModal, ListPage, describeRequestError, useDateRules, useListUrlState } from '@sme/ui';
import { PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Form, Input, Select, Typography, type FormInstance } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { failureOf } from '../review/mutation-result';
import {
  AssociationActivitiesQuery,
  AttendableTitlesQuery,
  CreateAssociationActivityMutation,
  RecordActivityAttendanceMutation,
} from './association-activity.queries';

const FILTERS = ['year'] as const;
// a title attends while it stands; the API refuses the others with its reason
const ATTENDING = new Set(['VALID', 'EXPIRING_THIS_YEAR']);

type Activity = {
  id: string;
  title: string;
  heldOn: string;
  place?: string | null;
  attendees: readonly { id: string; organisationName: string; certificateNumber: string }[];
};

const currentYear = () =>
  Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(new Date()));

/** 协会活动 (Art. 12): the activities of a year and the platforms that attended each. */
export function ActivitiesPage() {
  const { t } = useTranslation();
  const urlState = useListUrlState(FILTERS);
  const thisYear = currentYear();
  const year = Number(urlState.filters.year) || thisYear;
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: AssociationActivitiesQuery,
    variables: { year },
    requestPolicy: 'cache-and-network',
  });
  const [creating, setCreating] = useState(false);
  const [recording, setRecording] = useState<Activity | null>(null);
  const refresh = () => reexecute({ requestPolicy: 'network-only' });
  const years = Array.from({ length: 6 }, (_, i) => thisYear - i);

  return (
    <>
      <ListPage
        title={t('associationActivity.list.title')}
        description={t('associationActivity.list.description')}
        urlState={urlState}
        searchFields={[
          {
            name: 'year',
            label: t('associationActivity.list.year'),
            control: (
              <Select
                aria-label={t('associationActivity.list.year')}
                placeholder={String(year)}
                options={years.map((y) => ({ value: String(y), label: String(y) }))}
              />
            ),
          },
        ]}
        actions={
          <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(true)}>
            {t('associationActivity.list.create')}
          </Button>
        }
        alert={error ? <Alert type="error" showIcon title={describeRequestError(error, t)} /> : null}
        rows={data?.associationActivities}
        rowKey={(a) => a.id}
        loading={fetching && !data}
        testId="association-activities"
        rowAttributes={(a) => ({ 'data-testid': `activity-${a.id}` })}
        columns={[
          { key: 'heldOn', title: t('associationActivity.list.heldOn'), render: (_, a) => a.heldOn },
          { key: 'title', title: t('associationActivity.list.activityTitle'), render: (_, a) => a.title },
          { key: 'place', title: t('associationActivity.list.place'), render: (_, a) => a.place ?? '—' },
          {
            key: 'attendees',
            title: t('associationActivity.list.attendees'),
            render: (_, a) =>
              a.attendees.length === 0 ? (
                '—'
              ) : (
                <Typography.Text>
                  {t('associationActivity.list.attendeeList', {
                    count: a.attendees.length,
                    names: a.attendees.map((x) => x.organisationName).join(t('associationActivity.list.separator')),
                  })}
                </Typography.Text>
              ),
          },
        ]}
        rowActions={(a) => (
          <Button size="small" type="link" onClick={() => setRecording(a)}>
            {t('associationActivity.list.attendance')}
          </Button>
        )}
        empty={{
          title: t('associationActivity.list.empty', { year }),
          hint: t('associationActivity.list.emptyHint'),
        }}
      />
      <CreateActivityDialog
        open={creating}
        onClose={() => setCreating(false)}
        onDone={() => {
          setCreating(false);
          refresh();
        }}
      />
      <AttendanceDialog
        activity={recording}
        onClose={() => setRecording(null)}
        onDone={() => {
          setRecording(null);
          refresh();
        }}
      />
    </>
  );
}

type CreateValues = { title: string; heldOn: string; place?: string };

function CreateActivityDialog({ open, onClose, onDone }: { open: boolean; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const dateRules = useDateRules();
  const [, create] = useMutation(CreateAssociationActivityMutation);
  return (
    <FormModal<CreateValues>
      open={open}
      name="association-activity"
      title={t('associationActivity.create.title')}
      okText={t('associationActivity.create.ok')}
      failureTestId="activity-failure"
      onCancel={onClose}
      onSubmit={async (values) => {
        const failure = failureOf(
          await create({
            input: { title: values.title.trim(), heldOn: values.heldOn, place: values.place?.trim() || null },
          }),
          'createAssociationActivity',
        );
        if (failure) return failure;
        void message.success(t('associationActivity.create.done'));
        onDone();
        return null;
      }}
    >
      <Form.Item
        name="title"
        label={t('associationActivity.create.activityTitle')}
        rules={[{ required: true, whitespace: true, message: t('associationActivity.create.required') }]}
      >
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item
        name="heldOn"
        label={t('associationActivity.create.heldOn')}
        rules={[{ required: true, message: t('associationActivity.create.required') }, ...dateRules]}
      >
        <DateField />
      </Form.Item>
      <Form.Item name="place" label={t('associationActivity.create.place')}>
        <Input maxLength={200} />
      </Form.Item>
    </FormModal>
  );
}

type AttendanceValues = { accreditationIds: string[] };

function AttendanceDialog({
  activity,
  onClose,
  onDone,
}: {
  activity: Activity | null;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<AttendanceValues>() as [FormInstance<AttendanceValues>];
  const [titles] = useQuery({ query: AttendableTitlesQuery, pause: !activity, requestPolicy: 'cache-and-network' });
  const [, record] = useMutation(RecordActivityAttendanceMutation);
  const attending = new Set(activity?.attendees.map((a) => a.id) ?? []);
  const options = (titles.data?.accreditations ?? [])
    .filter((a) => ATTENDING.has(a.titleStatus) || attending.has(a.id))
    .map((a) => ({
      value: a.id,
      label: t('associationActivity.attendance.option', { name: a.organisationName, number: a.certificateNumber }),
    }));
  const name = activity?.title ?? '';
  return (
    <FormModal<AttendanceValues>
      open={activity !== null}
      name="activity-attendance"
      form={form}
      title={t('associationActivity.attendance.title', { activity: name })}
      okText={t('associationActivity.attendance.ok')}
      initialValues={{ accreditationIds: [...attending] }}
      failureTestId="attendance-failure"
      notice={<Typography.Paragraph type="secondary">{t('associationActivity.attendance.hint')}</Typography.Paragraph>}
      confirm={(values) => ({
        title: t('associationActivity.attendance.confirm', { activity: name }),
        description: t('associationActivity.attendance.confirmDescription', {
          count: values.accreditationIds.length,
          year: activity?.heldOn.slice(0, 4) ?? '',
        }),
        names: options.filter((o) => values.accreditationIds.includes(o.value)).map((o) => o.label),
      })}
      onCancel={onClose}
      onSubmit={async (values) => {
        if (!activity) return null;
        const failure = failureOf(
          await record({ input: { activityId: activity.id, accreditationIds: values.accreditationIds } }),
          'recordActivityAttendance',
        );
        if (failure) return failure;
        void message.success(t('associationActivity.attendance.done'));
        onDone();
        return null;
      }}
    >
      <Form.Item name="accreditationIds" label={t('associationActivity.attendance.titles')}>
        <Select
          mode="multiple"
          allowClear
          showSearch
          optionFilterProp="label"
          loading={titles.fetching}
          placeholder={t('associationActivity.attendance.placeholder')}
          options={options}
          data-testid="attendance-titles"
        />
      </Form.Item>
    </FormModal>
  );
}
