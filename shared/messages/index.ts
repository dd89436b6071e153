export { messageKindName } from './kindNames'
export { issueReason, type IssueSource, type MessageIssueView } from './messageIssue'
