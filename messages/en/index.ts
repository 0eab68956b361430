/**
 * The English message catalogue, one JSON file per namespace (features add theirs here).
 */
import common from "./common.json";
import nav from "./nav.json";
import auth from "./auth.json";
import home from "./home.json";
import errors from "./errors.json";
import roles from "./roles.json";
import people from "./people.json";
import opportunities from "./opportunities.json";
import apiTokens from "./apiTokens.json";
import opportunityForm from "./opportunityForm.json";
import imports from "./imports.json";
import notifications from "./notifications.json";
import providerReferrals from "./providerReferrals.json";
import referrals from "./referrals.json";
import sharing from "./sharing.json";

const messages = { common, nav, auth, home, errors, roles, people, opportunities, apiTokens, opportunityForm, imports, notifications, providerReferrals, referrals, sharing };
export default messages;
