<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
      <location filename="../approval_console/ui/review_window.py" />
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
      <location filename="../approval_console/ui/review_window.py" />
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
      <location filename="../approval_console/ui/review_window.py" />
      <source>%n waiting on their buyer</source>
      <translation>
        <numerusform>%n waiting on their buyer</numerusform>
        <numerusform>%n waiting on their buyer</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/review_window.py" />
      <source>Approve %n selected  (A)</source>
      <translation>
        <numerusform>Approve %n selected  (A)</numerusform>
        <numerusform>Approve %n selected  (A)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/review_window.py" />
      <source>Cancel %n selected  (C)</source>
      <translation>
        <numerusform>Cancel %n selected  (C)</numerusform>
        <numerusform>Cancel %n selected  (C)</numerusform>
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
      <source>{shown} of %n order(s)</source>
      <translation>
        <numerusform>{shown} of %n order</numerusform>
        <numerusform>{shown} of %n orders</numerusform>
      </translation>
    </message>
  </context>
</TS>
