<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
  <context>
    <name>AccountsDialog</name>
    <message numerus="yes">
      <location filename="../approval_console/ui/dialogs/accounts.py" />
      <source>Connected: %n status(es).</source>
      <translation>
        <numerusform>Connected: %n status.</numerusform>
        <numerusform>Connected: %n statuses.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ActivityWindow</name>
    <message numerus="yes">
      <location filename="../approval_console/ui/activity_window.py" />
      <source>%n applied</source>
      <translation>
        <numerusform>%n applied</numerusform>
        <numerusform>%n applied</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/activity_window.py" />
      <source>%n change(s)</source>
      <translation>
        <numerusform>%n change</numerusform>
        <numerusform>%n changes</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/activity_window.py" />
      <source>%n change(s) exported to {path}</source>
      <translation>
        <numerusform>%n change exported to {path}</numerusform>
        <numerusform>%n changes exported to {path}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/activity_window.py" />
      <source>%n held back: changed meanwhile</source>
      <translation>
        <numerusform>%n held back: changed meanwhile</numerusform>
        <numerusform>%n held back: changed meanwhile</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/activity_window.py" />
      <source>%n left as they were</source>
      <translation>
        <numerusform>%n left as it was</numerusform>
        <numerusform>%n left as they were</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/activity_window.py" />
      <source>%n not applied</source>
      <translation>
        <numerusform>%n not applied</numerusform>
        <numerusform>%n not applied</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/activity_window.py" />
      <source>%n not sent</source>
      <translation>
        <numerusform>%n not sent</numerusform>
        <numerusform>%n not sent</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/activity_window.py" />
      <source>%n order(s) selected in the list.</source>
      <translation>
        <numerusform>%n order selected in the list.</numerusform>
        <numerusform>%n orders selected in the list.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/activity_window.py" />
      <source>%n still in doubt</source>
      <translation>
        <numerusform>%n still in doubt</numerusform>
        <numerusform>%n still in doubt</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/activity_window.py" />
      <source>Exporting %n change(s)…</source>
      <translation>
        <numerusform>Exporting %n change…</numerusform>
        <numerusform>Exporting %n changes…</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/activity_window.py" />
      <source>Orders of %n other account(s) are not shown there.</source>
      <translation>
        <numerusform>Orders of %n other account are not shown there.</numerusform>
        <numerusform>Orders of %n other accounts are not shown there.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/activity_window.py" />
      <source>Retried %n change(s): {outcomes}.</source>
      <translation>
        <numerusform>Retried %n change: {outcomes}.</numerusform>
        <numerusform>Retried %n changes: {outcomes}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/activity_window.py" />
      <source>Retrying %n change(s)…</source>
      <translation>
        <numerusform>Retrying %n change…</numerusform>
        <numerusform>Retrying %n changes…</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Bulk</name>
    <message numerus="yes">
      <location filename="../approval_console/services/viability.py" />
      <source>%n order(s) were not checked, to save the rate budget for the change; the server skips any that cannot take this status and the report will say so.</source>
      <translation>
        <numerusform>%n order was not checked, to save the rate budget for the change; the server skips any that cannot take this status and the report will say so.</numerusform>
        <numerusform>%n orders were not checked, to save the rate budget for the change; the server skips any that cannot take this status and the report will say so.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/services/viability.py" />
      <source>Checking which orders can take this status used %n request(s) of the API's rate budget.</source>
      <translation>
        <numerusform>Checking which orders can take this status used %n request of the API's rate budget.</numerusform>
        <numerusform>Checking which orders can take this status used %n requests of the API's rate budget.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>BulkActionDialog</name>
    <message numerus="yes">
      <location filename="../approval_console/ui/dialogs/bulk_action.py" />
      <source>%n selected order(s) await(s) no decision and is(are) left out.</source>
      <translation>
        <numerusform>%n selected order awaits no decision and is left out.</numerusform>
        <numerusform>%n selected orders await no decision and are left out.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/dialogs/bulk_action.py" />
      <source>%n selected order(s) is(are) already canceled and is(are) left out.</source>
      <translation>
        <numerusform>%n selected order is already canceled and is left out.</numerusform>
        <numerusform>%n selected orders are already canceled and are left out.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/dialogs/bulk_action.py" />
      <source>%n selected order(s) is(are) not new and is(are) left out.</source>
      <translation>
        <numerusform>%n selected order is not new and is left out.</numerusform>
        <numerusform>%n selected orders are not new and are left out.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/dialogs/bulk_action.py" />
      <source>&lt;b&gt;%n&lt;/b&gt; order(s) will be approved. Each order goes ahead.</source>
      <translation>
        <numerusform>&lt;b&gt;%n&lt;/b&gt; order will be approved. Each order goes ahead.</numerusform>
        <numerusform>&lt;b&gt;%n&lt;/b&gt; orders will be approved. Each order goes ahead.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/dialogs/bulk_action.py" />
      <source>&lt;b&gt;%n&lt;/b&gt; order(s) will be canceled. It(Each) is canceled with its unpaid invoices; this cannot be undone.</source>
      <translation>
        <numerusform>&lt;b&gt;%n&lt;/b&gt; order will be canceled. It is canceled with its unpaid invoices; this cannot be undone.</numerusform>
        <numerusform>&lt;b&gt;%n&lt;/b&gt; orders will be canceled. Each is canceled with its unpaid invoices; this cannot be undone.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/dialogs/bulk_action.py" />
      <source>&lt;b&gt;%n&lt;/b&gt; order(s) will be canceled. This cannot be undone.</source>
      <translation>
        <numerusform>&lt;b&gt;%n&lt;/b&gt; order will be canceled. This cannot be undone.</numerusform>
        <numerusform>&lt;b&gt;%n&lt;/b&gt; orders will be canceled. This cannot be undone.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/dialogs/bulk_action.py" />
      <source>&lt;b&gt;%n&lt;/b&gt; order(s) will be finalized. Each order is presented to its buyer for approval.</source>
      <translation>
        <numerusform>&lt;b&gt;%n&lt;/b&gt; order will be finalized. Each order is presented to its buyer for approval.</numerusform>
        <numerusform>&lt;b&gt;%n&lt;/b&gt; orders will be finalized. Each order is presented to its buyer for approval.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/dialogs/bulk_action.py" />
      <source>Approve %n order(s)</source>
      <translation>
        <numerusform>Approve %n order</numerusform>
        <numerusform>Approve %n orders</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/dialogs/bulk_action.py" />
      <source>Approve anyway: %n order(s) changed meanwhile</source>
      <translation>
        <numerusform>Approve anyway: %n order changed meanwhile</numerusform>
        <numerusform>Approve anyway: %n orders changed meanwhile</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/dialogs/bulk_action.py" />
      <source>Cancel %n order(s)</source>
      <translation>
        <numerusform>Cancel %n order</numerusform>
        <numerusform>Cancel %n orders</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/dialogs/bulk_action.py" />
      <source>Cancel anyway: %n order(s) changed meanwhile</source>
      <translation>
        <numerusform>Cancel anyway: %n order changed meanwhile</numerusform>
        <numerusform>Cancel anyway: %n orders changed meanwhile</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/dialogs/bulk_action.py" />
      <source>Finalize %n order(s)</source>
      <translation>
        <numerusform>Finalize %n order</numerusform>
        <numerusform>Finalize %n orders</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/dialogs/bulk_action.py" />
      <source>Finalize anyway: %n order(s) changed meanwhile</source>
      <translation>
        <numerusform>Finalize anyway: %n order changed meanwhile</numerusform>
        <numerusform>Finalize anyway: %n orders changed meanwhile</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>BulkActionViewModel</name>
    <message numerus="yes">
      <location filename="../approval_console/ui/viewmodels/bulk_action.py" />
      <source>Approve %n order(s)</source>
      <translation>
        <numerusform>Approve %n order</numerusform>
        <numerusform>Approve %n orders</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/viewmodels/bulk_action.py" />
      <source>Approve %n order(s) anyway</source>
      <translation>
        <numerusform>Approve %n order anyway</numerusform>
        <numerusform>Approve %n orders anyway</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/viewmodels/bulk_action.py" />
      <source>Cancel %n order(s)</source>
      <translation>
        <numerusform>Cancel %n order</numerusform>
        <numerusform>Cancel %n orders</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/viewmodels/bulk_action.py" />
      <source>Cancel %n order(s) anyway</source>
      <translation>
        <numerusform>Cancel %n order anyway</numerusform>
        <numerusform>Cancel %n orders anyway</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/viewmodels/bulk_action.py" />
      <source>Finalize %n order(s)</source>
      <translation>
        <numerusform>Finalize %n order</numerusform>
        <numerusform>Finalize %n orders</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/viewmodels/bulk_action.py" />
      <source>Finalize %n order(s) anyway</source>
      <translation>
        <numerusform>Finalize %n order anyway</numerusform>
        <numerusform>Finalize %n orders anyway</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>BulkChangeDialog</name>
    <message numerus="yes">
      <location filename="../approval_console/ui/dialogs/bulk_change.py" />
      <source>%n already has(have) this status and will be skipped.</source>
      <translation>
        <numerusform>%n already has this status and will be skipped.</numerusform>
        <numerusform>%n already have this status and will be skipped.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/dialogs/bulk_change.py" />
      <source>%n probably cannot take this status (its(their) tags do not allow it); the server will skip it(them) and the report will say so.</source>
      <translation>
        <numerusform>%n probably cannot take this status (its tags do not allow it); the server will skip it and the report will say so.</numerusform>
        <numerusform>%n probably cannot take this status (their tags do not allow it); the server will skip them and the report will say so.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/dialogs/bulk_change.py" />
      <source>&lt;b&gt;{sent}&lt;/b&gt; of %n order(s) will be sent.</source>
      <translation>
        <numerusform>&lt;b&gt;{sent}&lt;/b&gt; of %n order will be sent.</numerusform>
        <numerusform>&lt;b&gt;{sent}&lt;/b&gt; of %n orders will be sent.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/dialogs/bulk_change.py" />
      <source>About {duration} under the API's rate limits (%n bulk request(s)).</source>
      <translation>
        <numerusform>About {duration} under the API's rate limits (%n bulk request).</numerusform>
        <numerusform>About {duration} under the API's rate limits (%n bulk requests).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/dialogs/bulk_change.py" />
      <source>Apply anyway to %n order(s) changed meanwhile</source>
      <translation>
        <numerusform>Apply anyway to %n order changed meanwhile</numerusform>
        <numerusform>Apply anyway to %n orders changed meanwhile</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/dialogs/bulk_change.py" />
      <source>Change %n order(s)</source>
      <translation>
        <numerusform>Change %n order</numerusform>
        <numerusform>Change %n orders</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/dialogs/bulk_change.py" />
      <source>Change the status of %n order(s)</source>
      <translation>
        <numerusform>Change the status of %n order</numerusform>
        <numerusform>Change the status of %n orders</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/dialogs/bulk_change.py" />
      <source>The server's queue has not applied %n order(s) yet: still checking, and this report will change when it does.</source>
      <translation>
        <numerusform>The server's queue has not applied %n order yet: still checking, and this report will change when it does.</numerusform>
        <numerusform>The server's queue has not applied %n orders yet: still checking, and this report will change when it does.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>BulkChangeViewModel</name>
    <message numerus="yes">
      <location filename="../approval_console/ui/viewmodels/bulk.py" />
      <source>Change %n order(s) to {status}</source>
      <translation>
        <numerusform>Change %n order to {status}</numerusform>
        <numerusform>Change %n orders to {status}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/viewmodels/bulk.py" />
      <source>Change %n order(s) to {status} anyway</source>
      <translation>
        <numerusform>Change %n order to {status} anyway</numerusform>
        <numerusform>Change %n orders to {status} anyway</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Changes</name>
    <message numerus="yes">
      <location filename="../approval_console/services/changes.py" />
      <source>gave up after %n attempt(s)</source>
      <translation>
        <numerusform>gave up after %n attempt</numerusform>
        <numerusform>gave up after %n attempts</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ChoiceButton</name>
    <message numerus="yes">
      <location filename="../approval_console/ui/widgets/filter_bar.py" />
      <source>%n chosen</source>
      <translation>
        <numerusform>%n chosen</numerusform>
        <numerusform>%n chosen</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Comment</name>
    <message numerus="yes">
      <location filename="../approval_console/core/changes.py" />
      <source>A comment can have at most %n character(s) ({count} now).</source>
      <translation>
        <numerusform>A comment can have at most %n character ({count} now).</numerusform>
        <numerusform>A comment can have at most %n characters ({count} now).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/core/changes.py" />
      <source>A comment needs at least %n character(s).</source>
      <translation>
        <numerusform>A comment needs at least %n character.</numerusform>
        <numerusform>A comment needs at least %n characters.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ConsoleTray</name>
    <message numerus="yes">
      <location filename="../approval_console/ui/tray.py" />
      <source>%n order(s) await a decision</source>
      <translation>
        <numerusform>%n order awaits a decision</numerusform>
        <numerusform>%n orders await a decision</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>CreateInvoiceDialog</name>
    <message numerus="yes">
      <location filename="../approval_console/ui/dialogs/create_invoice.py" />
      <source>Bills &lt;b&gt;{amount}&lt;/b&gt; for %n item(s), tax {tax}, shipping {shipping}.</source>
      <translation>
        <numerusform>Bills &lt;b&gt;{amount}&lt;/b&gt; for %n item, tax {tax}, shipping {shipping}.</numerusform>
        <numerusform>Bills &lt;b&gt;{amount}&lt;/b&gt; for %n items, tax {tax}, shipping {shipping}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/dialogs/create_invoice.py" />
      <source>Bills &lt;b&gt;{amount}&lt;/b&gt; for %n item(s), tax {tax}, shipping {shipping}. Shipping is billed with the last invoice.</source>
      <translation>
        <numerusform>Bills &lt;b&gt;{amount}&lt;/b&gt; for %n item, tax {tax}, shipping {shipping}. Shipping is billed with the last invoice.</numerusform>
        <numerusform>Bills &lt;b&gt;{amount}&lt;/b&gt; for %n items, tax {tax}, shipping {shipping}. Shipping is billed with the last invoice.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ExportDialog</name>
    <message numerus="yes">
      <location filename="../approval_console/ui/dialogs/export.py" />
      <source>All %n order(s) in the list (its filters, search and sort)</source>
      <translation>
        <numerusform>All %n order in the list (its filters, search and sort)</numerusform>
        <numerusform>All %n orders in the list (its filters, search and sort)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/dialogs/export.py" />
      <source>The %n selected order(s)</source>
      <translation>
        <numerusform>The %n selected order</numerusform>
        <numerusform>The %n selected orders</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ExportRun</name>
    <message numerus="yes">
      <location filename="../approval_console/ui/export_actions.py" />
      <source>%n order(s) written to {file}</source>
      <translation>
        <numerusform>%n order written to {file}</numerusform>
        <numerusform>%n orders written to {file}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/export_actions.py" />
      <source>Exported %n order(s) to {file}</source>
      <translation>
        <numerusform>Exported %n order to {file}</numerusform>
        <numerusform>Exported %n orders to {file}</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Exports</name>
    <message numerus="yes">
      <location filename="../approval_console/ui/export_actions.py" />
      <source>Export %n order(s) to {file}</source>
      <translation>
        <numerusform>Export %n order to {file}</numerusform>
        <numerusform>Export %n orders to {file}</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>FilterChip</name>
    <message numerus="yes">
      <location filename="../approval_console/ui/widgets/filter_chips.py" />
      <source>{filter}: {names} and %n more</source>
      <translation>
        <numerusform>{filter}: {names} and %n more</numerusform>
        <numerusform>{filter}: {names} and %n more</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>GeneralPage</name>
    <message numerus="yes">
      <location filename="../approval_console/ui/dialogs/preference_pages.py" />
      <source>Every %n minute(s)</source>
      <translation>
        <numerusform>Every minute</numerusform>
        <numerusform>Every %n minutes</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>HistoryChoice</name>
    <message numerus="yes">
      <location filename="../approval_console/ui/dialogs/accounts_history.py" />
      <source>Open orders of the last %n day(s)</source>
      <translation>
        <numerusform>Open orders of the last day</numerusform>
        <numerusform>Open orders of the last %n days</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>HistoryTimeline</name>
    <message numerus="yes">
      <location filename="../approval_console/ui/widgets/timeline.py" />
      <source>%n day(s) ago</source>
      <translation>
        <numerusform>%n day ago</numerusform>
        <numerusform>%n days ago</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/widgets/timeline.py" />
      <source>%n hour(s) ago</source>
      <translation>
        <numerusform>%n hour ago</numerusform>
        <numerusform>%n hours ago</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/widgets/timeline.py" />
      <source>%n minute(s) ago</source>
      <translation>
        <numerusform>%n minute ago</numerusform>
        <numerusform>%n minutes ago</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/widgets/timeline.py" />
      <source>%n month(s) ago</source>
      <translation>
        <numerusform>%n month ago</numerusform>
        <numerusform>%n months ago</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/widgets/timeline.py" />
      <source>%n week(s) ago</source>
      <translation>
        <numerusform>%n week ago</numerusform>
        <numerusform>%n weeks ago</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/widgets/timeline.py" />
      <source>%n year(s) ago</source>
      <translation>
        <numerusform>%n year ago</numerusform>
        <numerusform>%n years ago</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/widgets/timeline.py" />
      <source>in %n day(s)</source>
      <translation>
        <numerusform>in %n day</numerusform>
        <numerusform>in %n days</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/widgets/timeline.py" />
      <source>in %n hour(s)</source>
      <translation>
        <numerusform>in %n hour</numerusform>
        <numerusform>in %n hours</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/widgets/timeline.py" />
      <source>in %n minute(s)</source>
      <translation>
        <numerusform>in %n minute</numerusform>
        <numerusform>in %n minutes</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/widgets/timeline.py" />
      <source>in %n month(s)</source>
      <translation>
        <numerusform>in %n month</numerusform>
        <numerusform>in %n months</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/widgets/timeline.py" />
      <source>in %n week(s)</source>
      <translation>
        <numerusform>in %n week</numerusform>
        <numerusform>in %n weeks</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/widgets/timeline.py" />
      <source>in %n year(s)</source>
      <translation>
        <numerusform>in %n year</numerusform>
        <numerusform>in %n years</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>JobList</name>
    <message numerus="yes">
      <location filename="../approval_console/ui/jobs.py" />
      <source>%n finished</source>
      <comment>jobs</comment>
      <translation>
        <numerusform>%n finished</numerusform>
        <numerusform>%n finished</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/jobs.py" />
      <source>%n job(s) finished</source>
      <translation>
        <numerusform>%n job finished</numerusform>
        <numerusform>%n jobs finished</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/jobs.py" />
      <source>%n job(s) running · {done}/{total}</source>
      <translation>
        <numerusform>%n job running · {done}/{total}</numerusform>
        <numerusform>%n jobs running · {done}/{total}</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Meanwhile</name>
    <message numerus="yes">
      <location filename="../approval_console/services/meanwhile.py" />
      <source>%n listing page(s)</source>
      <translation>
        <numerusform>%n listing page</numerusform>
        <numerusform>%n listing pages</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/services/meanwhile.py" />
      <source>%n listing page(s) are read</source>
      <translation>
        <numerusform>%n listing page is read</numerusform>
        <numerusform>%n listing pages are read</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/services/meanwhile.py" />
      <source>%n order(s) in long statuses are not checked.</source>
      <translation>
        <numerusform>%n order in long statuses is not checked.</numerusform>
        <numerusform>%n orders in long statuses are not checked.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/services/meanwhile.py" />
      <source>Just before sending, {pages} to check that the %n orders are still as you saw them; any changed meanwhile are held back.</source>
      <translation>
        <numerusform>Just before sending, {pages} to check that the %n orders are still as you saw them; any changed meanwhile are held back.</numerusform>
        <numerusform>Just before sending, {pages} to check that the %n orders are still as you saw them; any changed meanwhile are held back.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>MerchantDialog</name>
    <message numerus="yes">
      <location filename="../approval_console/ui/dialogs/merchant.py" />
      <source>%n account(s)</source>
      <translation>
        <numerusform>%n account</numerusform>
        <numerusform>%n accounts</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/dialogs/merchant.py" />
      <source>Authorized buyer(s) of “{account}” (%n)</source>
      <translation>
        <numerusform>Authorized buyer of “{account}” (%n)</numerusform>
        <numerusform>Authorized buyers of “{account}” (%n)</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>NoticeBanner</name>
    <message numerus="yes">
      <location filename="../approval_console/ui/main_window/notice_banner.py" />
      <source>%n unsent change(s) belong to an account no longer set up ({account} at {address}): add it again (File → Accounts…) to send them.</source>
      <translation>
        <numerusform>%n unsent change belongs to an account no longer set up ({account} at {address}): add it again (File → Accounts…) to send it.</numerusform>
        <numerusform>%n unsent changes belong to an account no longer set up ({account} at {address}): add it again (File → Accounts…) to send them.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/main_window/notice_banner.py" />
      <source>%n was never sent.</source>
      <comment>changes</comment>
      <translation>
        <numerusform>%n was never sent.</numerusform>
        <numerusform>%n were never sent.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Notifier</name>
    <message numerus="yes">
      <location filename="../approval_console/ui/notifications.py" />
      <source>%n new order(s) to review</source>
      <translation>
        <numerusform>%n new order to review</numerusform>
        <numerusform>%n new orders to review</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/notifications.py" />
      <source>{account}: {numbers} and %n more</source>
      <translation>
        <numerusform>{account}: {numbers} and %n more</numerusform>
        <numerusform>{account}: {numbers} and %n more</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>OrderActions</name>
    <message numerus="yes">
      <location filename="../approval_console/ui/main_window/order_actions.py" />
      <source>Changed %n order(s) to {status}.</source>
      <translation>
        <numerusform>Changed %n order to {status}.</numerusform>
        <numerusform>Changed %n orders to {status}.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Outcome</name>
    <message numerus="yes">
      <location filename="../approval_console/ui/viewmodels/session.py" />
      <source>%n already had it</source>
      <translation>
        <numerusform>%n already had it</numerusform>
        <numerusform>%n already had it</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/viewmodels/session.py" />
      <source>%n applied</source>
      <translation>
        <numerusform>%n applied</numerusform>
        <numerusform>%n applied</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/viewmodels/session.py" />
      <source>%n changed meanwhile by someone else: not sent</source>
      <translation>
        <numerusform>%n changed meanwhile by someone else: not sent</numerusform>
        <numerusform>%n changed meanwhile by someone else: not sent</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/viewmodels/session.py" />
      <source>%n not applied</source>
      <translation>
        <numerusform>%n not applied</numerusform>
        <numerusform>%n not applied</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/viewmodels/session.py" />
      <source>%n not sent</source>
      <translation>
        <numerusform>%n not sent</numerusform>
        <numerusform>%n not sent</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/viewmodels/session.py" />
      <source>%n unknown</source>
      <translation>
        <numerusform>%n unknown</numerusform>
        <numerusform>%n unknown</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ProgressStepper</name>
    <message numerus="yes">
      <location filename="../approval_console/ui/widgets/stepper.py" />
      <source>{done} of %n step(s) completed</source>
      <translation>
        <numerusform>{done} of %n step completed</numerusform>
        <numerusform>{done} of %n steps completed</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Review</name>
    <message numerus="yes">
      <location filename="../approval_console/ui/review_question.py" />
      <source>%n from {account}.</source>
      <translation>
        <numerusform>%n from {account}.</numerusform>
        <numerusform>%n from {account}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/review_question.py" />
      <source>%n from {account}: the customers are not told.</source>
      <translation>
        <numerusform>%n from {account}: the customers are not told.</numerusform>
        <numerusform>%n from {account}: the customers are not told.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/review_question.py" />
      <source>%n from {account}: the customers are told.</source>
      <translation>
        <numerusform>%n from {account}: the customers are told.</numerusform>
        <numerusform>%n from {account}: the customers are told.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/review_question.py" />
      <source>%n selected is left as it is: {reasons}</source>
      <translation>
        <numerusform>%n selected is left as it is: {reasons}</numerusform>
        <numerusform>%n selected are left as they are: {reasons}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/review_question.py" />
      <source>Approve %n</source>
      <comment>orders</comment>
      <translation>
        <numerusform>Approve %n</numerusform>
        <numerusform>Approve %n</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/services/account_ops.py" />
      <source>Approve %n order(s) from review</source>
      <translation>
        <numerusform>Approve %n order from review</numerusform>
        <numerusform>Approve %n orders from review</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/review_question.py" />
      <source>Approve %n order(s)?</source>
      <translation>
        <numerusform>Approve %n order?</numerusform>
        <numerusform>Approve %n orders?</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/review_question.py" />
      <source>Cancel %n order(s)</source>
      <translation>
        <numerusform>Cancel %n order</numerusform>
        <numerusform>Cancel %n orders</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/services/account_ops.py" />
      <source>Cancel %n order(s) from review</source>
      <translation>
        <numerusform>Cancel %n order from review</numerusform>
        <numerusform>Cancel %n orders from review</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/review_question.py" />
      <source>Cancel %n order(s)?</source>
      <translation>
        <numerusform>Cancel %n order?</numerusform>
        <numerusform>Cancel %n orders?</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ReviewWindow</name>
    <message numerus="yes">
      <location filename="../approval_console/ui/review_window.py" />
      <source>%n approved.</source>
      <translation>
        <numerusform>%n approved.</numerusform>
        <numerusform>%n approved.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/review_words.py" />
      <source>%n awaiting a decision</source>
      <translation>
        <numerusform>%n awaiting a decision</numerusform>
        <numerusform>%n awaiting a decision</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/review_window.py" />
      <source>%n canceled.</source>
      <translation>
        <numerusform>%n canceled.</numerusform>
        <numerusform>%n canceled.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/review_window.py" />
      <source>%n of them cannot be decided here and is left as it is.</source>
      <translation>
        <numerusform>%n of them cannot be decided here and is left as it is.</numerusform>
        <numerusform>%n of them cannot be decided here and are left as they are.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/review_words.py" />
      <source>%n order(s)</source>
      <translation>
        <numerusform>%n order</numerusform>
        <numerusform>%n orders</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/review_window.py" />
      <source>%n selected.</source>
      <translation>
        <numerusform>%n selected.</numerusform>
        <numerusform>%n selected.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/review_words.py" />
      <source>%n waiting on their buyer</source>
      <translation>
        <numerusform>%n waiting on their buyer</numerusform>
        <numerusform>%n waiting on their buyer</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/review_window.py" />
      <source>Approve %n selected  ({key})</source>
      <translation>
        <numerusform>Approve %n selected  ({key})</numerusform>
        <numerusform>Approve %n selected  ({key})</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/review_window.py" />
      <source>Cancel %n selected  ({key})</source>
      <translation>
        <numerusform>Cancel %n selected  ({key})</numerusform>
        <numerusform>Cancel %n selected  ({key})</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>RowMenu</name>
    <message numerus="yes">
      <location filename="../approval_console/ui/main_window/row_menu.py" />
      <source>Copied %n email(s).</source>
      <translation>
        <numerusform>Copied %n email.</numerusform>
        <numerusform>Copied %n emails.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/main_window/row_menu.py" />
      <source>Copied %n link(s).</source>
      <translation>
        <numerusform>Copied %n link.</numerusform>
        <numerusform>Copied %n links.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/main_window/row_menu.py" />
      <source>Copied %n number(s).</source>
      <translation>
        <numerusform>Copied %n number.</numerusform>
        <numerusform>Copied %n numbers.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Server</name>
    <message numerus="yes">
      <location filename="../approval_console/connectors/http.py" />
      <source>%n hour(s)</source>
      <translation>
        <numerusform>%n hour</numerusform>
        <numerusform>%n hours</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/connectors/http.py" />
      <source>%n minute(s)</source>
      <translation>
        <numerusform>%n minute</numerusform>
        <numerusform>%n minutes</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/connectors/http.py" />
      <source>%n second(s)</source>
      <translation>
        <numerusform>%n second</numerusform>
        <numerusform>%n seconds</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/connectors/http.py" />
      <source>The server asked the console to wait {wait} before trying again (answer {status}); it does not wait longer than %n second(s). Try again later.</source>
      <translation>
        <numerusform>The server asked the console to wait {wait} before trying again (answer {status}); it does not wait longer than %n second. Try again later.</numerusform>
        <numerusform>The server asked the console to wait {wait} before trying again (answer {status}); it does not wait longer than %n seconds. Try again later.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/connectors/http.py" />
      <source>The server kept asking the console to wait (answer {status}); it stopped after waiting %n second(s) in all. Try again later.</source>
      <translation>
        <numerusform>The server kept asking the console to wait (answer {status}); it stopped after waiting %n second in all. Try again later.</numerusform>
        <numerusform>The server kept asking the console to wait (answer {status}); it stopped after waiting %n seconds in all. Try again later.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/connectors/http.py" />
      <source>The server took longer than %n second(s) to answer; the console stopped waiting.</source>
      <translation>
        <numerusform>The server took longer than %n second to answer; the console stopped waiting.</numerusform>
        <numerusform>The server took longer than %n seconds to answer; the console stopped waiting.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Undo</name>
    <message numerus="yes">
      <location filename="../approval_console/services/undo.py" />
      <source>Undo: status → {status} on %n order(s)</source>
      <translation>
        <numerusform>Undo: status → {status} on %n order</numerusform>
        <numerusform>Undo: status → {status} on %n orders</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>UndoNotice</name>
    <message numerus="yes">
      <location filename="../approval_console/ui/undo_notice.py" />
      <source>%n already had its earlier status again ({orders})</source>
      <translation>
        <numerusform>%n already had its earlier status again ({orders})</numerusform>
        <numerusform>%n already had their earlier status again ({orders})</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/undo_notice.py" />
      <source>%n could not be put back ({orders})</source>
      <translation>
        <numerusform>%n could not be put back ({orders})</numerusform>
        <numerusform>%n could not be put back ({orders})</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/undo_notice.py" />
      <source>%n had changed since ({orders})</source>
      <translation>
        <numerusform>%n had changed since ({orders})</numerusform>
        <numerusform>%n had changed since ({orders})</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/undo_notice.py" />
      <source>Put back %n order(s)</source>
      <translation>
        <numerusform>Put back %n order</numerusform>
        <numerusform>Put back %n orders</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/undo_notice.py" />
      <source>and %n more</source>
      <translation>
        <numerusform>and %n more</numerusform>
        <numerusform>and %n more</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>UndoOffer</name>
    <message numerus="yes">
      <location filename="../approval_console/ui/undo_notice.py" />
      <source>Approved %n order(s).</source>
      <translation>
        <numerusform>Approved %n order.</numerusform>
        <numerusform>Approved %n orders.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/undo_notice.py" />
      <source>Canceled %n order(s).</source>
      <translation>
        <numerusform>Canceled %n order.</numerusform>
        <numerusform>Canceled %n orders.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/undo_notice.py" />
      <source>Changed %n order(s).</source>
      <translation>
        <numerusform>Changed %n order.</numerusform>
        <numerusform>Changed %n orders.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Views</name>
    <message numerus="yes">
      <location filename="../approval_console/core/views.py" />
      <source>Use at most %n character(s).</source>
      <translation>
        <numerusform>Use at most %n character.</numerusform>
        <numerusform>Use at most %n characters.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>WindowActions</name>
    <message numerus="yes">
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>%n order(s) await a decision, across all accounts</source>
      <translation>
        <numerusform>%n order awaits a decision, across all accounts</numerusform>
        <numerusform>%n orders await a decision, across all accounts</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>Change &amp;status of %n…</source>
      <translation>
        <numerusform>Change &amp;status of %n…</numerusform>
        <numerusform>Change &amp;status of %n…</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>WindowStatusBar</name>
    <message numerus="yes">
      <location filename="../approval_console/ui/main_window/status_bar.py" />
      <source>%n order(s)</source>
      <translation>
        <numerusform>%n order</numerusform>
        <numerusform>%n orders</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/main_window/status_bar.py" />
      <source>%n selected</source>
      <comment>orders</comment>
      <translation>
        <numerusform>%n selected</numerusform>
        <numerusform>%n selected</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/main_window/status_bar.py" />
      <source>Searching %n order(s)…</source>
      <translation>
        <numerusform>Searching %n order…</numerusform>
        <numerusform>Searching %n orders…</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/main_window/status_bar.py" />
      <source>{found}+ of %n order(s), counting…</source>
      <translation>
        <numerusform>{found}+ of %n order, counting…</numerusform>
        <numerusform>{found}+ of %n orders, counting…</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/main_window/status_bar.py" />
      <source>{shown} of %n order(s)</source>
      <translation>
        <numerusform>{shown} of %n order</numerusform>
        <numerusform>{shown} of %n orders</numerusform>
      </translation>
    </message>
  </context>
</TS>
