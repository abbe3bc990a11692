/**
 * Events that trigger workflows and their activity types (docs: "Events that trigger workflows", checked
 * 2026-11). `null` means the event takes no `types:` filter; an empty list means any type is accepted (not checked).
 */
export const EVENTS: Readonly<Record<string, readonly string[] | null>> = {
  branch_protection_rule: ['created', 'edited', 'deleted'],
  check_run: ['created', 'rerequested', 'completed', 'requested_action'],
  check_suite: ['completed', 'requested', 'rerequested'],
  create: null,
  delete: null,
  deployment: null,
  deployment_status: null,
  discussion: ['created', 'edited', 'deleted', 'transferred', 'pinned', 'unpinned', 'labeled', 'unlabeled', 'locked', 'unlocked', 'category_changed', 'answered', 'unanswered'],
  discussion_comment: ['created', 'edited', 'deleted'],
  fork: null,
  gollum: null,
  image_version: [],
  issue_comment: ['created', 'edited', 'deleted'],
  issues: ['opened', 'edited', 'deleted', 'transferred', 'pinned', 'unpinned', 'closed', 'reopened', 'assigned', 'unassigned', 'labeled', 'unlabeled', 'locked', 'unlocked', 'milestoned', 'demilestoned', 'typed', 'untyped'],
  label: ['created', 'edited', 'deleted'],
  merge_group: ['checks_requested'],
  milestone: ['created', 'closed', 'opened', 'edited', 'deleted'],
  page_build: null,
  project: ['created', 'updated', 'closed', 'reopened', 'edited', 'deleted'],
  project_card: ['created', 'moved', 'converted', 'edited', 'deleted'],
  project_column: ['created', 'updated', 'moved', 'deleted'],
  public: null,
  pull_request: [
    'assigned', 'unassigned', 'labeled', 'unlabeled', 'opened', 'edited', 'closed', 'reopened', 'synchronize', 'converted_to_draft',
    'ready_for_review', 'locked', 'unlocked', 'milestoned', 'demilestoned', 'review_requested', 'review_request_removed',
    'auto_merge_enabled', 'auto_merge_disabled', 'enqueued', 'dequeued',
  ],
  pull_request_review: ['submitted', 'edited', 'dismissed'],
  pull_request_review_comment: ['created', 'edited', 'deleted'],
  pull_request_target: [
    'assigned', 'unassigned', 'labeled', 'unlabeled', 'opened', 'edited', 'closed', 'reopened', 'synchronize', 'converted_to_draft',
    'ready_for_review', 'locked', 'unlocked', 'milestoned', 'demilestoned', 'review_requested', 'review_request_removed',
    'auto_merge_enabled', 'auto_merge_disabled', 'enqueued', 'dequeued',
  ],
  push: null,
  registry_package: ['published', 'updated'],
  release: ['published', 'unpublished', 'created', 'edited', 'deleted', 'prereleased', 'released'],
  repository_dispatch: [],
  schedule: null,
  status: null,
  watch: ['started'],
  workflow_call: null,
  workflow_dispatch: null,
  workflow_run: ['completed', 'requested', 'in_progress'],
};

/** Keys each event's mapping may have besides `types`. */
export const EVENT_FILTERS: Readonly<Record<string, readonly string[]>> = {
  push: ['branches', 'branches-ignore', 'tags', 'tags-ignore', 'paths', 'paths-ignore'],
  pull_request: ['branches', 'branches-ignore', 'paths', 'paths-ignore'],
  pull_request_target: ['branches', 'branches-ignore', 'paths', 'paths-ignore'],
  workflow_run: ['workflows', 'branches', 'branches-ignore'],
  merge_group: ['branches', 'branches-ignore'],
  workflow_call: ['inputs', 'outputs', 'secrets'],
  workflow_dispatch: ['inputs'],
};
