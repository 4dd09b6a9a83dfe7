/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Status</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * SEV firmware status codes (kvm_sev_cmd.error).
 * <!-- end-model-doc -->
 * @see org.cocolaunch.sev.model.SevPackage#getSevStatus()
 * @model
 * @generated
 */
public enum SevStatus implements Enumerator {
	/**
	 * The '<em><b>SUCCESS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUCCESS_VALUE
	 * @generated
	 * @ordered
	 */
	SUCCESS(0, "SUCCESS", "SUCCESS"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>INVALID PLATFORM STATE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INVALID_PLATFORM_STATE_VALUE
	 * @generated
	 * @ordered
	 */
	INVALID_PLATFORM_STATE(1, "INVALID_PLATFORM_STATE", "INVALID_PLATFORM_STATE"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>INVALID GUEST STATE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INVALID_GUEST_STATE_VALUE
	 * @generated
	 * @ordered
	 */
	INVALID_GUEST_STATE(2, "INVALID_GUEST_STATE", "INVALID_GUEST_STATE"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>INVALID CONFIG</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INVALID_CONFIG_VALUE
	 * @generated
	 * @ordered
	 */
	INVALID_CONFIG(3, "INVALID_CONFIG", "INVALID_CONFIG"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>INVALID LENGTH</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INVALID_LENGTH_VALUE
	 * @generated
	 * @ordered
	 */
	INVALID_LENGTH(4, "INVALID_LENGTH", "INVALID_LENGTH"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>ALREADY OWNED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ALREADY_OWNED_VALUE
	 * @generated
	 * @ordered
	 */
	ALREADY_OWNED(5, "ALREADY_OWNED", "ALREADY_OWNED"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>INVALID CERTIFICATE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INVALID_CERTIFICATE_VALUE
	 * @generated
	 * @ordered
	 */
	INVALID_CERTIFICATE(6, "INVALID_CERTIFICATE", "INVALID_CERTIFICATE"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>POLICY FAILURE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #POLICY_FAILURE_VALUE
	 * @generated
	 * @ordered
	 */
	POLICY_FAILURE(7, "POLICY_FAILURE", "POLICY_FAILURE"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>INACTIVE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INACTIVE_VALUE
	 * @generated
	 * @ordered
	 */
	INACTIVE(8, "INACTIVE", "INACTIVE"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>INVALID ADDRESS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INVALID_ADDRESS_VALUE
	 * @generated
	 * @ordered
	 */
	INVALID_ADDRESS(9, "INVALID_ADDRESS", "INVALID_ADDRESS"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>BAD SIGNATURE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BAD_SIGNATURE_VALUE
	 * @generated
	 * @ordered
	 */
	BAD_SIGNATURE(10, "BAD_SIGNATURE", "BAD_SIGNATURE"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>BAD MEASUREMENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BAD_MEASUREMENT_VALUE
	 * @generated
	 * @ordered
	 */
	BAD_MEASUREMENT(11, "BAD_MEASUREMENT", "BAD_MEASUREMENT"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>ASID OWNED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ASID_OWNED_VALUE
	 * @generated
	 * @ordered
	 */
	ASID_OWNED(12, "ASID_OWNED", "ASID_OWNED"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>INVALID ASID</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INVALID_ASID_VALUE
	 * @generated
	 * @ordered
	 */
	INVALID_ASID(13, "INVALID_ASID", "INVALID_ASID"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>WBINVD REQUIRED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WBINVD_REQUIRED_VALUE
	 * @generated
	 * @ordered
	 */
	WBINVD_REQUIRED(14, "WBINVD_REQUIRED", "WBINVD_REQUIRED"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>DFFLUSH REQUIRED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DFFLUSH_REQUIRED_VALUE
	 * @generated
	 * @ordered
	 */
	DFFLUSH_REQUIRED(15, "DFFLUSH_REQUIRED", "DFFLUSH_REQUIRED"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>INVALID GUEST</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INVALID_GUEST_VALUE
	 * @generated
	 * @ordered
	 */
	INVALID_GUEST(16, "INVALID_GUEST", "INVALID_GUEST"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>INVALID COMMAND</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INVALID_COMMAND_VALUE
	 * @generated
	 * @ordered
	 */
	INVALID_COMMAND(17, "INVALID_COMMAND", "INVALID_COMMAND"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>ACTIVE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ACTIVE_VALUE
	 * @generated
	 * @ordered
	 */
	ACTIVE(18, "ACTIVE", "ACTIVE"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>HWERROR PLATFORM</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HWERROR_PLATFORM_VALUE
	 * @generated
	 * @ordered
	 */
	HWERROR_PLATFORM(19, "HWERROR_PLATFORM", "HWERROR_PLATFORM"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>HWERROR UNSAFE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HWERROR_UNSAFE_VALUE
	 * @generated
	 * @ordered
	 */
	HWERROR_UNSAFE(20, "HWERROR_UNSAFE", "HWERROR_UNSAFE"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>UNSUPPORTED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNSUPPORTED_VALUE
	 * @generated
	 * @ordered
	 */
	UNSUPPORTED(21, "UNSUPPORTED", "UNSUPPORTED"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>INVALID PARAM</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INVALID_PARAM_VALUE
	 * @generated
	 * @ordered
	 */
	INVALID_PARAM(22, "INVALID_PARAM", "INVALID_PARAM"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>RESOURCE LIMIT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RESOURCE_LIMIT_VALUE
	 * @generated
	 * @ordered
	 */
	RESOURCE_LIMIT(23, "RESOURCE_LIMIT", "RESOURCE_LIMIT"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>SECURE DATA INVALID</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SECURE_DATA_INVALID_VALUE
	 * @generated
	 * @ordered
	 */
	SECURE_DATA_INVALID(24, "SECURE_DATA_INVALID", "SECURE_DATA_INVALID"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>INVALID PAGE SIZE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INVALID_PAGE_SIZE_VALUE
	 * @generated
	 * @ordered
	 */
	INVALID_PAGE_SIZE(25, "INVALID_PAGE_SIZE", "INVALID_PAGE_SIZE"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>INVALID PAGE STATE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INVALID_PAGE_STATE_VALUE
	 * @generated
	 * @ordered
	 */
	INVALID_PAGE_STATE(26, "INVALID_PAGE_STATE", "INVALID_PAGE_STATE"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>INVALID MDATA ENTRY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INVALID_MDATA_ENTRY_VALUE
	 * @generated
	 * @ordered
	 */
	INVALID_MDATA_ENTRY(27, "INVALID_MDATA_ENTRY", "INVALID_MDATA_ENTRY"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>INVALID PAGE OWNER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INVALID_PAGE_OWNER_VALUE
	 * @generated
	 * @ordered
	 */
	INVALID_PAGE_OWNER(28, "INVALID_PAGE_OWNER", "INVALID_PAGE_OWNER"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>AEAD OFLOW</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AEAD_OFLOW_VALUE
	 * @generated
	 * @ordered
	 */
	AEAD_OFLOW(29, "AEAD_OFLOW", "AEAD_OFLOW"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>RING BUFFER EXIT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RING_BUFFER_EXIT_VALUE
	 * @generated
	 * @ordered
	 */
	RING_BUFFER_EXIT(31, "RING_BUFFER_EXIT", "RING_BUFFER_EXIT"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>RMP INIT REQUIRED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RMP_INIT_REQUIRED_VALUE
	 * @generated
	 * @ordered
	 */
	RMP_INIT_REQUIRED(32, "RMP_INIT_REQUIRED", "RMP_INIT_REQUIRED"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>BAD SVN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BAD_SVN_VALUE
	 * @generated
	 * @ordered
	 */
	BAD_SVN(33, "BAD_SVN", "BAD_SVN"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>BAD VERSION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BAD_VERSION_VALUE
	 * @generated
	 * @ordered
	 */
	BAD_VERSION(34, "BAD_VERSION", "BAD_VERSION"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>SHUTDOWN REQUIRED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SHUTDOWN_REQUIRED_VALUE
	 * @generated
	 * @ordered
	 */
	SHUTDOWN_REQUIRED(35, "SHUTDOWN_REQUIRED", "SHUTDOWN_REQUIRED"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>UPDATE FAILED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UPDATE_FAILED_VALUE
	 * @generated
	 * @ordered
	 */
	UPDATE_FAILED(36, "UPDATE_FAILED", "UPDATE_FAILED"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>RESTORE REQUIRED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RESTORE_REQUIRED_VALUE
	 * @generated
	 * @ordered
	 */
	RESTORE_REQUIRED(37, "RESTORE_REQUIRED", "RESTORE_REQUIRED"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>RMP INITIALIZATION FAILED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RMP_INITIALIZATION_FAILED_VALUE
	 * @generated
	 * @ordered
	 */
	RMP_INITIALIZATION_FAILED(38, "RMP_INITIALIZATION_FAILED", "RMP_INITIALIZATION_FAILED"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>INVALID KEY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INVALID_KEY_VALUE
	 * @generated
	 * @ordered
	 */
	INVALID_KEY(39, "INVALID_KEY", "INVALID_KEY"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>SUCCESS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUCCESS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SUCCESS_VALUE = 0;

	/**
	 * The '<em><b>INVALID PLATFORM STATE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INVALID_PLATFORM_STATE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INVALID_PLATFORM_STATE_VALUE = 1;

	/**
	 * The '<em><b>INVALID GUEST STATE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INVALID_GUEST_STATE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INVALID_GUEST_STATE_VALUE = 2;

	/**
	 * The '<em><b>INVALID CONFIG</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INVALID_CONFIG
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INVALID_CONFIG_VALUE = 3;

	/**
	 * The '<em><b>INVALID LENGTH</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INVALID_LENGTH
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INVALID_LENGTH_VALUE = 4;

	/**
	 * The '<em><b>ALREADY OWNED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ALREADY_OWNED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ALREADY_OWNED_VALUE = 5;

	/**
	 * The '<em><b>INVALID CERTIFICATE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INVALID_CERTIFICATE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INVALID_CERTIFICATE_VALUE = 6;

	/**
	 * The '<em><b>POLICY FAILURE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #POLICY_FAILURE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int POLICY_FAILURE_VALUE = 7;

	/**
	 * The '<em><b>INACTIVE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INACTIVE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INACTIVE_VALUE = 8;

	/**
	 * The '<em><b>INVALID ADDRESS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INVALID_ADDRESS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INVALID_ADDRESS_VALUE = 9;

	/**
	 * The '<em><b>BAD SIGNATURE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BAD_SIGNATURE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int BAD_SIGNATURE_VALUE = 10;

	/**
	 * The '<em><b>BAD MEASUREMENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BAD_MEASUREMENT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int BAD_MEASUREMENT_VALUE = 11;

	/**
	 * The '<em><b>ASID OWNED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ASID_OWNED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ASID_OWNED_VALUE = 12;

	/**
	 * The '<em><b>INVALID ASID</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INVALID_ASID
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INVALID_ASID_VALUE = 13;

	/**
	 * The '<em><b>WBINVD REQUIRED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WBINVD_REQUIRED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int WBINVD_REQUIRED_VALUE = 14;

	/**
	 * The '<em><b>DFFLUSH REQUIRED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DFFLUSH_REQUIRED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DFFLUSH_REQUIRED_VALUE = 15;

	/**
	 * The '<em><b>INVALID GUEST</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INVALID_GUEST
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INVALID_GUEST_VALUE = 16;

	/**
	 * The '<em><b>INVALID COMMAND</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INVALID_COMMAND
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INVALID_COMMAND_VALUE = 17;

	/**
	 * The '<em><b>ACTIVE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ACTIVE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ACTIVE_VALUE = 18;

	/**
	 * The '<em><b>HWERROR PLATFORM</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HWERROR_PLATFORM
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int HWERROR_PLATFORM_VALUE = 19;

	/**
	 * The '<em><b>HWERROR UNSAFE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HWERROR_UNSAFE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int HWERROR_UNSAFE_VALUE = 20;

	/**
	 * The '<em><b>UNSUPPORTED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNSUPPORTED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int UNSUPPORTED_VALUE = 21;

	/**
	 * The '<em><b>INVALID PARAM</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INVALID_PARAM
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INVALID_PARAM_VALUE = 22;

	/**
	 * The '<em><b>RESOURCE LIMIT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RESOURCE_LIMIT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int RESOURCE_LIMIT_VALUE = 23;

	/**
	 * The '<em><b>SECURE DATA INVALID</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SECURE_DATA_INVALID
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SECURE_DATA_INVALID_VALUE = 24;

	/**
	 * The '<em><b>INVALID PAGE SIZE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INVALID_PAGE_SIZE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INVALID_PAGE_SIZE_VALUE = 25;

	/**
	 * The '<em><b>INVALID PAGE STATE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INVALID_PAGE_STATE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INVALID_PAGE_STATE_VALUE = 26;

	/**
	 * The '<em><b>INVALID MDATA ENTRY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INVALID_MDATA_ENTRY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INVALID_MDATA_ENTRY_VALUE = 27;

	/**
	 * The '<em><b>INVALID PAGE OWNER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INVALID_PAGE_OWNER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INVALID_PAGE_OWNER_VALUE = 28;

	/**
	 * The '<em><b>AEAD OFLOW</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AEAD_OFLOW
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int AEAD_OFLOW_VALUE = 29;

	/**
	 * The '<em><b>RING BUFFER EXIT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RING_BUFFER_EXIT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int RING_BUFFER_EXIT_VALUE = 31;

	/**
	 * The '<em><b>RMP INIT REQUIRED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RMP_INIT_REQUIRED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int RMP_INIT_REQUIRED_VALUE = 32;

	/**
	 * The '<em><b>BAD SVN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BAD_SVN
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int BAD_SVN_VALUE = 33;

	/**
	 * The '<em><b>BAD VERSION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BAD_VERSION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int BAD_VERSION_VALUE = 34;

	/**
	 * The '<em><b>SHUTDOWN REQUIRED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SHUTDOWN_REQUIRED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SHUTDOWN_REQUIRED_VALUE = 35;

	/**
	 * The '<em><b>UPDATE FAILED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UPDATE_FAILED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int UPDATE_FAILED_VALUE = 36;

	/**
	 * The '<em><b>RESTORE REQUIRED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RESTORE_REQUIRED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int RESTORE_REQUIRED_VALUE = 37;

	/**
	 * The '<em><b>RMP INITIALIZATION FAILED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RMP_INITIALIZATION_FAILED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int RMP_INITIALIZATION_FAILED_VALUE = 38;

	/**
	 * The '<em><b>INVALID KEY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INVALID_KEY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INVALID_KEY_VALUE = 39;

	/**
	 * An array of all the '<em><b>Status</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final SevStatus[] VALUES_ARRAY = new SevStatus[] { SUCCESS, INVALID_PLATFORM_STATE,
			INVALID_GUEST_STATE, INVALID_CONFIG, INVALID_LENGTH, ALREADY_OWNED, INVALID_CERTIFICATE, POLICY_FAILURE,
			INACTIVE, INVALID_ADDRESS, BAD_SIGNATURE, BAD_MEASUREMENT, ASID_OWNED, INVALID_ASID, WBINVD_REQUIRED,
			DFFLUSH_REQUIRED, INVALID_GUEST, INVALID_COMMAND, ACTIVE, HWERROR_PLATFORM, HWERROR_UNSAFE, UNSUPPORTED,
			INVALID_PARAM, RESOURCE_LIMIT, SECURE_DATA_INVALID, INVALID_PAGE_SIZE, INVALID_PAGE_STATE,
			INVALID_MDATA_ENTRY, INVALID_PAGE_OWNER, AEAD_OFLOW, RING_BUFFER_EXIT, RMP_INIT_REQUIRED, BAD_SVN,
			BAD_VERSION, SHUTDOWN_REQUIRED, UPDATE_FAILED, RESTORE_REQUIRED, RMP_INITIALIZATION_FAILED, INVALID_KEY, };

	/**
	 * A public read-only list of all the '<em><b>Status</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<SevStatus> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Status</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SevStatus get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			SevStatus result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Status</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SevStatus getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			SevStatus result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Status</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SevStatus get(int value) {
		switch (value) {
		case SUCCESS_VALUE:
			return SUCCESS;
		case INVALID_PLATFORM_STATE_VALUE:
			return INVALID_PLATFORM_STATE;
		case INVALID_GUEST_STATE_VALUE:
			return INVALID_GUEST_STATE;
		case INVALID_CONFIG_VALUE:
			return INVALID_CONFIG;
		case INVALID_LENGTH_VALUE:
			return INVALID_LENGTH;
		case ALREADY_OWNED_VALUE:
			return ALREADY_OWNED;
		case INVALID_CERTIFICATE_VALUE:
			return INVALID_CERTIFICATE;
		case POLICY_FAILURE_VALUE:
			return POLICY_FAILURE;
		case INACTIVE_VALUE:
			return INACTIVE;
		case INVALID_ADDRESS_VALUE:
			return INVALID_ADDRESS;
		case BAD_SIGNATURE_VALUE:
			return BAD_SIGNATURE;
		case BAD_MEASUREMENT_VALUE:
			return BAD_MEASUREMENT;
		case ASID_OWNED_VALUE:
			return ASID_OWNED;
		case INVALID_ASID_VALUE:
			return INVALID_ASID;
		case WBINVD_REQUIRED_VALUE:
			return WBINVD_REQUIRED;
		case DFFLUSH_REQUIRED_VALUE:
			return DFFLUSH_REQUIRED;
		case INVALID_GUEST_VALUE:
			return INVALID_GUEST;
		case INVALID_COMMAND_VALUE:
			return INVALID_COMMAND;
		case ACTIVE_VALUE:
			return ACTIVE;
		case HWERROR_PLATFORM_VALUE:
			return HWERROR_PLATFORM;
		case HWERROR_UNSAFE_VALUE:
			return HWERROR_UNSAFE;
		case UNSUPPORTED_VALUE:
			return UNSUPPORTED;
		case INVALID_PARAM_VALUE:
			return INVALID_PARAM;
		case RESOURCE_LIMIT_VALUE:
			return RESOURCE_LIMIT;
		case SECURE_DATA_INVALID_VALUE:
			return SECURE_DATA_INVALID;
		case INVALID_PAGE_SIZE_VALUE:
			return INVALID_PAGE_SIZE;
		case INVALID_PAGE_STATE_VALUE:
			return INVALID_PAGE_STATE;
		case INVALID_MDATA_ENTRY_VALUE:
			return INVALID_MDATA_ENTRY;
		case INVALID_PAGE_OWNER_VALUE:
			return INVALID_PAGE_OWNER;
		case AEAD_OFLOW_VALUE:
			return AEAD_OFLOW;
		case RING_BUFFER_EXIT_VALUE:
			return RING_BUFFER_EXIT;
		case RMP_INIT_REQUIRED_VALUE:
			return RMP_INIT_REQUIRED;
		case BAD_SVN_VALUE:
			return BAD_SVN;
		case BAD_VERSION_VALUE:
			return BAD_VERSION;
		case SHUTDOWN_REQUIRED_VALUE:
			return SHUTDOWN_REQUIRED;
		case UPDATE_FAILED_VALUE:
			return UPDATE_FAILED;
		case RESTORE_REQUIRED_VALUE:
			return RESTORE_REQUIRED;
		case RMP_INITIALIZATION_FAILED_VALUE:
			return RMP_INITIALIZATION_FAILED;
		case INVALID_KEY_VALUE:
			return INVALID_KEY;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private SevStatus(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
		return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
		return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}

} //SevStatus
