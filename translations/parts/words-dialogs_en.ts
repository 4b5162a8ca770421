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
</TS>
