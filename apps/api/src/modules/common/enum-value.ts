// GraphQL enum values are upper snake case: declineRecommendation → DECLINE_RECOMMENDATION.
export const toEnumValue = (action: string): string => action.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase();
