/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.tdx.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Td State</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The TD-level state the TDX module keeps for a TD, as far as the host can see it.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.cocolaunch.tdx.model.TdState#getLifecycleState <em>Lifecycle State</em>}</li>
 *   <li>{@link org.cocolaunch.tdx.model.TdState#isHkidAssigned <em>Hkid Assigned</em>}</li>
 *   <li>{@link org.cocolaunch.tdx.model.TdState#getOpState <em>Op State</em>}</li>
 *   <li>{@link org.cocolaunch.tdx.model.TdState#getPagesAdded <em>Pages Added</em>}</li>
 *   <li>{@link org.cocolaunch.tdx.model.TdState#getChunksExtended <em>Chunks Extended</em>}</li>
 *   <li>{@link org.cocolaunch.tdx.model.TdState#getPagesAugmented <em>Pages Augmented</em>}</li>
 *   <li>{@link org.cocolaunch.tdx.model.TdState#getTdParams <em>Td Params</em>}</li>
 * </ul>
 *
 * @see org.cocolaunch.tdx.model.TdxPackage#getTdState()
 * @model
 * @generated
 */
public interface TdState extends EObject {
	/**
	 * Returns the value of the '<em><b>Lifecycle State</b></em>' attribute.
	 * The literals are from the enumeration {@link org.cocolaunch.tdx.model.TdLifecycleState}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * TDR.LIFECYCLE_STATE; meaningful once hkidAssigned.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Lifecycle State</em>' attribute.
	 * @see org.cocolaunch.tdx.model.TdLifecycleState
	 * @see #setLifecycleState(TdLifecycleState)
	 * @see org.cocolaunch.tdx.model.TdxPackage#getTdState_LifecycleState()
	 * @model
	 * @generated
	 */
	TdLifecycleState getLifecycleState();

	/**
	 * Sets the value of the '{@link org.cocolaunch.tdx.model.TdState#getLifecycleState <em>Lifecycle State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Lifecycle State</em>' attribute.
	 * @see org.cocolaunch.tdx.model.TdLifecycleState
	 * @see #getLifecycleState()
	 * @generated
	 */
	void setLifecycleState(TdLifecycleState value);

	/**
	 * Returns the value of the '<em><b>Hkid Assigned</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether TDH.MNG.CREATE assigned a private key ID.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Hkid Assigned</em>' attribute.
	 * @see #setHkidAssigned(boolean)
	 * @see org.cocolaunch.tdx.model.TdxPackage#getTdState_HkidAssigned()
	 * @model
	 * @generated
	 */
	boolean isHkidAssigned();

	/**
	 * Sets the value of the '{@link org.cocolaunch.tdx.model.TdState#isHkidAssigned <em>Hkid Assigned</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hkid Assigned</em>' attribute.
	 * @see #isHkidAssigned()
	 * @generated
	 */
	void setHkidAssigned(boolean value);

	/**
	 * Returns the value of the '<em><b>Op State</b></em>' attribute.
	 * The literals are from the enumeration {@link org.cocolaunch.tdx.model.TdOpState}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * TDCS.OP_STATE.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Op State</em>' attribute.
	 * @see org.cocolaunch.tdx.model.TdOpState
	 * @see #setOpState(TdOpState)
	 * @see org.cocolaunch.tdx.model.TdxPackage#getTdState_OpState()
	 * @model
	 * @generated
	 */
	TdOpState getOpState();

	/**
	 * Sets the value of the '{@link org.cocolaunch.tdx.model.TdState#getOpState <em>Op State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Op State</em>' attribute.
	 * @see org.cocolaunch.tdx.model.TdOpState
	 * @see #getOpState()
	 * @generated
	 */
	void setOpState(TdOpState value);

	/**
	 * Returns the value of the '<em><b>Pages Added</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Number of pages added with TDH.MEM.PAGE.ADD.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Pages Added</em>' attribute.
	 * @see #setPagesAdded(long)
	 * @see org.cocolaunch.tdx.model.TdxPackage#getTdState_PagesAdded()
	 * @model
	 * @generated
	 */
	long getPagesAdded();

	/**
	 * Sets the value of the '{@link org.cocolaunch.tdx.model.TdState#getPagesAdded <em>Pages Added</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pages Added</em>' attribute.
	 * @see #getPagesAdded()
	 * @generated
	 */
	void setPagesAdded(long value);

	/**
	 * Returns the value of the '<em><b>Chunks Extended</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Number of 256-byte chunks measured with TDH.MR.EXTEND.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Chunks Extended</em>' attribute.
	 * @see #setChunksExtended(long)
	 * @see org.cocolaunch.tdx.model.TdxPackage#getTdState_ChunksExtended()
	 * @model
	 * @generated
	 */
	long getChunksExtended();

	/**
	 * Sets the value of the '{@link org.cocolaunch.tdx.model.TdState#getChunksExtended <em>Chunks Extended</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Chunks Extended</em>' attribute.
	 * @see #getChunksExtended()
	 * @generated
	 */
	void setChunksExtended(long value);

	/**
	 * Returns the value of the '<em><b>Pages Augmented</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Number of pages of PAGE.AUG sections (added after launch, not measured).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Pages Augmented</em>' attribute.
	 * @see #setPagesAugmented(long)
	 * @see org.cocolaunch.tdx.model.TdxPackage#getTdState_PagesAugmented()
	 * @model
	 * @generated
	 */
	long getPagesAugmented();

	/**
	 * Sets the value of the '{@link org.cocolaunch.tdx.model.TdState#getPagesAugmented <em>Pages Augmented</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pages Augmented</em>' attribute.
	 * @see #getPagesAugmented()
	 * @generated
	 */
	void setPagesAugmented(long value);

	/**
	 * Returns the value of the '<em><b>Td Params</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The TD_PARAMS given to TDH.MNG.INIT.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Td Params</em>' containment reference.
	 * @see #setTdParams(TdParams)
	 * @see org.cocolaunch.tdx.model.TdxPackage#getTdState_TdParams()
	 * @model containment="true"
	 * @generated
	 */
	TdParams getTdParams();

	/**
	 * Sets the value of the '{@link org.cocolaunch.tdx.model.TdState#getTdParams <em>Td Params</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Td Params</em>' containment reference.
	 * @see #getTdParams()
	 * @generated
	 */
	void setTdParams(TdParams value);

} // TdState
