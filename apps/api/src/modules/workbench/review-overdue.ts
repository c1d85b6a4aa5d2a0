/** Applications in review with an open assignment past its due date: the workbench's
 * "reviews overdue" card and the applications list it leads to (?reviewOverdue=true). */
export function reviewOverdueWhere(today: string) {
  return {
    status: 'UNDER_REVIEW' as const,
    reviewerAssignments: {
      some: { recusedAt: null, completedAt: null, dueOn: { lt: new Date(`${today}T00:00:00.000Z`) } },
    },
  };
}
